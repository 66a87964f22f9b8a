#include "app/merge/MergeCustomersDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tessera::app {

namespace {

enum Choice { TakeA = 0, TakeB = 1 };

QString codeOf(domain::Workspace& ws, std::int64_t id) {
    if (id == 0)
        return {};
    auto view = domain::CustomerService(ws).open(id);
    return view ? qs(view->record.code) : QString();
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(domain::Workspace& workspace, std::int64_t intoId,
                                           std::int64_t fromId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("MergeCustomersDialog"));
    setWindowTitle(tr("Merge Customers"));
    auto* layout = new QVBoxLayout(this);

    auto* names = new QFormLayout;
    m_intoEdit = new QLineEdit(this);
    m_intoEdit->setObjectName(QStringLiteral("intoEdit"));
    m_intoEdit->setPlaceholderText(tr("Code of the customer that stays"));
    m_fromEdit = new QLineEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setPlaceholderText(tr("Code of the duplicate that goes into it"));
    auto* keepLabel = new QLabel(tr("&Keep (A):"), this);
    keepLabel->setBuddy(m_intoEdit);
    auto* mergeLabel = new QLabel(tr("&Merge in (B):"), this);
    mergeLabel->setBuddy(m_fromEdit);
    names->addRow(keepLabel, m_intoEdit);
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_fromEdit, 1);
    auto* compareButton = new QPushButton(tr("&Compare"), this);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    fromRow->addWidget(compareButton);
    names->addRow(mergeLabel, fromRow);
    layout->addLayout(names);

    auto* fields = new QGroupBox(tr("Keep each field's value from"), this);
    m_grid = new QGridLayout(fields);
    m_intoHeader = new QLabel(fields);
    m_fromHeader = new QLabel(fields);
    m_grid->addWidget(m_intoHeader, 0, 1);
    m_grid->addWidget(m_fromHeader, 0, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    layout->addWidget(scroll, 1);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(compareButton, &QPushButton::clicked, this, &MergeCustomersDialog::compare);
    connect(m_fromEdit, &QLineEdit::returnPressed, this, &MergeCustomersDialog::compare);
    // A code typed anew makes the comparison stale until it is compared again.
    for (QLineEdit* edit : {m_intoEdit, m_fromEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_preview.reset();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        });

    for (domain::MergeField field : domain::allMergeFields()) {
        auto* group = new QButtonGroup(this);
        m_choices[field] = group;
    }
    m_intoEdit->setText(codeOf(workspace, intoId));
    m_fromEdit->setText(codeOf(workspace, fromId));
    if (intoId != 0 && fromId != 0)
        compare();
    resize(640, 620);
}

void MergeCustomersDialog::setCodes(const QString& intoCode, const QString& fromCode) {
    m_intoEdit->setText(intoCode);
    m_fromEdit->setText(fromCode);
    compare();
}

void MergeCustomersDialog::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void MergeCustomersDialog::compare() {
    m_preview.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    domain::CustomerService customers(m_workspace);
    auto into = customers.idForCode(ss(m_intoEdit->text().trimmed()));
    auto from = customers.idForCode(ss(m_fromEdit->text().trimmed()));
    if (!into || !from)
        return showProblem(qs((!into ? into.error() : from.error()).message));
    auto preview = domain::MergeService(m_workspace).preview(*into, *from);
    if (!preview)
        return showProblem(qs(preview.error().message));
    showProblem({});
    m_preview = std::move(*preview);
    buildChoices();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

QString MergeCustomersDialog::valueOf(const domain::CustomerView& view,
                                      domain::MergeField field) const {
    const storage::CustomerRecord& r = view.record;
    using F = domain::MergeField;
    switch (field) {
    case F::Name: return qs(r.name);
    case F::Kind: return qs(r.kind);
    case F::Industry: return qs(r.industry);
    case F::Region: return qs(r.region);
    case F::Channel: return qs(r.channel);
    case F::Owner: return qs(view.ownerName);
    case F::Lifecycle: return qs(r.lifecycle);
    case F::Risk: return qs(r.risk);
    case F::Consent:
        return r.unsubscribed ? tr("%1 (unsubscribed)").arg(qs(r.consentChannels))
                              : qs(r.consentChannels);
    case F::ContactFrequency: return qs(r.contactFrequency);
    case F::Phone: return qs(r.phone);
    case F::Email: return qs(r.email);
    case F::IdNumber: return qs(r.idNumber);
    case F::Address: return qs(r.address);
    case F::Notes: return qs(r.notes).simplified();
    }
    return {};
}

// One row per field: its name, A's value and B's, each a radio button. A's
// value is kept unless it is empty and B has one.
void MergeCustomersDialog::buildChoices() {
    const domain::MergePreview& p = *m_preview;
    m_intoHeader->setText(tr("<b>A: %1</b>").arg(qs(p.into.record.code).toHtmlEscaped()));
    m_fromHeader->setText(tr("<b>B: %1</b>").arg(qs(p.from.record.code).toHtmlEscaped()));
    qDeleteAll(m_rowWidgets); // an earlier comparison's rows
    m_rowWidgets.clear();
    int row = 1;
    for (domain::MergeField field : domain::allMergeFields()) {
        QButtonGroup* group = m_choices[field];
        const QString a = valueOf(p.into, field);
        const QString b = valueOf(p.from, field);
        const QString key = QString::fromLatin1(domain::mergeFieldKey(field));
        auto* name = new QLabel(domain::MergeService::fieldLabel(field), m_grid->parentWidget());
        auto* takeA = new QRadioButton(a.isEmpty() ? tr("(empty)") : a, m_grid->parentWidget());
        auto* takeB = new QRadioButton(b.isEmpty() ? tr("(empty)") : b, m_grid->parentWidget());
        takeA->setObjectName(QStringLiteral("takeA_") + key);
        takeB->setObjectName(QStringLiteral("takeB_") + key);
        group->addButton(takeA, TakeA);
        group->addButton(takeB, TakeB);
        (a.isEmpty() && !b.isEmpty() ? takeB : takeA)->setChecked(true);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(takeA, row, 1);
        m_grid->addWidget(takeB, row, 2);
        m_rowWidgets << name << takeA << takeB;
        ++row;
    }
    m_counts->setText(countsText());
}

QString MergeCustomersDialog::countsText() const {
    if (!m_preview)
        return {};
    QStringList moved;
    QStringList aside;
    for (const auto& c : m_preview->counts) {
        const QString label = domain::MergeService::tableLabel(c.table);
        if (c.moved)
            moved << tr("%1: %2").arg(label).arg(c.moved);
        if (c.setAside)
            aside << tr("%1: %2").arg(label).arg(c.setAside);
    }
    QString text = moved.isEmpty()
                       ? tr("Nothing refers to B, so no rows move.")
                       : tr("Will move to A: %1.").arg(moved.join(QStringLiteral(", ")));
    if (!aside.isEmpty())
        text += QLatin1Char(' ') +
                tr("Set aside, since A has the same already (undo brings them back): %1.")
                    .arg(aside.join(QStringLiteral(", ")));
    return text + QLatin1Char(' ') +
           tr("Tags are combined; B's code will name A from now on. Edit > Undo takes the merge "
              "back.");
}

QString MergeCustomersDialog::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MergeCustomersDialog::choose(domain::MergeField field, bool fromB) {
    if (QAbstractButton* button = m_choices.at(field)->button(fromB ? TakeB : TakeA))
        button->setChecked(true);
}

bool MergeCustomersDialog::takesFromB(domain::MergeField field) const {
    return m_choices.at(field)->checkedId() == TakeB;
}

domain::MergePlan MergeCustomersDialog::plan() const {
    domain::MergePlan plan;
    if (!m_preview)
        return plan;
    plan.intoId = m_preview->into.record.id;
    plan.fromId = m_preview->from.record.id;
    for (domain::MergeField field : domain::allMergeFields())
        if (takesFromB(field))
            plan.takeFromB.push_back(field);
    return plan;
}

} // namespace tessera::app
