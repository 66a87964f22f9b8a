#include "app/campaigns/CampaignDialog.h"

#include "app/common/Text.h"
#include "domain/customers/CustomerService.h"
#include "domain/records/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

enum TargetPage { TierPage, SegmentPage, OwnerPage, CustomersPage };

QComboBox* termBox(const std::vector<domain::Term>& terms, QWidget* parent) {
    auto* box = new QComboBox(parent);
    for (const auto& t : terms)
        box->addItem(t.label, qs(t.key));
    return box;
}

} // namespace

CampaignDialog::CampaignDialog(domain::Workspace& workspace,
                               std::optional<storage::CampaignRecord> editing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_editing(std::move(editing)) {
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(m_editing ? tr("Edit Campaign") : tr("New Campaign"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setMaxLength(120);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Campaign"), QStringLiteral("campaign"));
    m_kind->addItem(tr("Relationship investment"), QStringLiteral("investment"));
    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("campaignCostEdit"));
    m_cost->setRange(0, 1e12);
    m_cost->setDecimals(2);
    m_cost->setGroupSeparatorShown(true);
    const QDate today =
        domain::Calendar::dateFromDay(workspace.calendar().dayOf(workspace.nowMs()));
    m_from = new QDateEdit(today.addDays(1 - today.day()), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    m_targetKind = new QComboBox(this);
    m_targetKind->setObjectName(QStringLiteral("campaignTargetKind"));
    m_targetKind->addItem(tr("A tier"), QStringLiteral("tier"));
    m_targetKind->addItem(tr("An RFM segment"), QStringLiteral("segment"));
    m_targetKind->addItem(tr("An owner's portfolio"), QStringLiteral("owner"));
    m_targetKind->addItem(tr("Customers by code"), QStringLiteral("customers"));
    m_targetValue = new QStackedWidget(this);
    m_tier = termBox(domain::vocabulary::tiers(), m_targetValue);
    m_segment = termBox(domain::vocabulary::rfmSegments(), m_targetValue);
    m_owner = new QComboBox(m_targetValue);
    m_owner->setObjectName(QStringLiteral("campaignOwnerBox"));
    if (auto owners = domain::CustomerService(workspace).visibleOwners())
        for (const auto& o : *owners)
            m_owner->addItem(QStringLiteral("%1 (%2)").arg(qs(o.displayName), qs(o.username)),
                             qs(o.username));
    m_codes = new QPlainTextEdit(m_targetValue);
    m_codes->setObjectName(QStringLiteral("campaignCodesEdit"));
    m_codes->setPlaceholderText(tr("Customer codes, one per line or separated by commas"));
    for (QWidget* page : std::initializer_list<QWidget*>{m_tier, m_segment, m_owner, m_codes})
        m_targetValue->addWidget(page);
    connect(m_targetKind, &QComboBox::currentIndexChanged, m_targetValue,
            &QStackedWidget::setCurrentIndex);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Targets:"), m_targetKind);
    form->addRow(QString(), m_targetValue);
    form->addRow(tr("&Description:"), m_description);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* note = new QLabel(tr("The customers a target names are fixed when you save; saving "
                               "again takes in who matches then."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_editing)
        load(*m_editing);
}

void CampaignDialog::load(const storage::CampaignRecord& c) {
    m_name->setText(qs(c.name));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(qs(c.kind))));
    m_cost->setValue(static_cast<double>(c.costCents) / 100.0);
    m_from->setDate(domain::Calendar::dateFromDay(c.startDay));
    m_to->setDate(domain::Calendar::dateFromDay(c.endDay));
    m_targetKind->setCurrentIndex(std::max(0, m_targetKind->findData(qs(c.targetKind))));
    for (QComboBox* box : {m_tier, m_segment, m_owner})
        if (const int i = box->findData(qs(c.targetValue)); i >= 0)
            box->setCurrentIndex(i);
    m_description->setPlainText(qs(c.description));
    // A list of codes is not kept as text: its customers are, and saving
    // needs the codes again, so an edit starts from the owner's or tier's rule.
}

domain::CampaignDraft CampaignDialog::draft() const {
    domain::CampaignDraft d;
    d.name = ss(m_name->text());
    d.kind = ss(m_kind->currentData().toString());
    d.cost = m_cost->value();
    d.startDay = domain::Calendar::dayFromDate(m_from->date());
    d.endDay = domain::Calendar::dayFromDate(m_to->date());
    d.targetKind = ss(m_targetKind->currentData().toString());
    d.description = ss(m_description->toPlainText());
    switch (m_targetKind->currentIndex()) {
    case TierPage: d.targetValue = ss(m_tier->currentData().toString()); break;
    case SegmentPage: d.targetValue = ss(m_segment->currentData().toString()); break;
    case OwnerPage: d.targetValue = ss(m_owner->currentData().toString()); break;
    default:
        for (const QString& code : m_codes->toPlainText().split(
                 QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            d.customerCodes.push_back(ss(code));
        d.targetValue =
            tr("%n customer(s) by code", nullptr, static_cast<int>(d.customerCodes.size()))
                .toStdString();
    }
    return d;
}

QString CampaignDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void CampaignDialog::accept() {
    domain::CampaignService campaigns(m_workspace);
    const domain::CampaignDraft d = draft();
    Result<std::int64_t> saved = m_editing ? Result<std::int64_t>(m_editing->id) : campaigns.add(d);
    if (m_editing)
        if (Status s = campaigns.update(m_editing->id, d); !s)
            saved = s.error();
    if (!saved) {
        m_error->setText(qs(saved.error().message));
        m_error->show();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace tessera::app
