#include "app/interactions/InteractionDialog.h"

#include "app/common/Text.h"
#include "app/common/TouchpointBox.h"
#include "app/common/WallClockEdit.h"
#include "domain/records/Vocabulary.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

QComboBox* termCombo(const std::vector<domain::Term>& terms, const QString& name, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const domain::Term& term : terms)
        combo->addItem(term.label, qs(term.key));
    return combo;
}

void select(QComboBox* combo, const std::string& key) {
    const int index = combo->findData(qs(key));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

InteractionDialog::InteractionDialog(domain::Workspace& workspace, std::int64_t customerId,
                                     const QString& customerName,
                                     std::optional<storage::InteractionRow> editing,
                                     QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_customerId(customerId),
      m_editing(std::move(editing)) {
    namespace vocab = domain::vocabulary;
    setObjectName(QStringLiteral("interactionDialog"));
    setWindowTitle(m_editing ? tr("Edit Interaction — %1").arg(customerName)
                             : tr("Log Interaction — %1").arg(customerName));
    auto* form = new QFormLayout;
    m_channel = termCombo(vocab::channels(), QStringLiteral("channelCombo"), this);
    m_kind = termCombo(vocab::interactionKinds(), QStringLiteral("kindCombo"), this);
    m_direction = termCombo(vocab::directions(), QStringLiteral("directionCombo"), this);
    select(m_direction, "outbound");
    m_touchpoint = new QComboBox(this);
    m_touchpoint->setObjectName(QStringLiteral("touchpointCombo"));
    fillTouchpoints();
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setMaxLength(200);
    m_outcome->setPlaceholderText(tr("What came of it, in a few words"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Details (stored encrypted)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    setWallClock(m_when, workspace.nowMs(), workspace.nowMs(), workspace.calendar());
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Touchpoint:"), m_touchpoint);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&When:"), m_when);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("interactionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InteractionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_editing)
        load(*m_editing);
    m_ask = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
}

void InteractionDialog::fillTouchpoints() {
    TouchpointBox::fill(m_touchpoint, m_workspace);
}

void InteractionDialog::load(const storage::InteractionRow& row) {
    const storage::InteractionRecord& r = row.record;
    select(m_channel, r.channel);
    select(m_kind, r.kind);
    select(m_direction, r.direction);
    const int touchpoint = m_touchpoint->findData(qs(row.touchpoint));
    m_touchpoint->setCurrentIndex(touchpoint >= 0 ? touchpoint : 0);
    m_outcome->setText(qs(r.outcome));
    m_note->setPlainText(qs(r.notes.value_or("")));
    m_when->setDateTime(wallClockOf(r.at, m_workspace.calendar()));
}

domain::InteractionDraft InteractionDialog::draft() const {
    domain::InteractionDraft d;
    d.customerId = m_customerId;
    d.channel = ss(m_channel->currentData().toString());
    d.kind = ss(m_kind->currentData().toString());
    d.direction = ss(m_direction->currentData().toString());
    d.touchpoint = ss(m_touchpoint->currentData().toString());
    d.outcome = ss(m_outcome->text());
    const QString note = m_note->toPlainText();
    if (!note.trimmed().isEmpty())
        d.note = ss(note);
    // To the minute, as shown; "now" stays now even if the dialog sat open.
    const std::int64_t chosen = instantOf(m_when->dateTime(), m_workspace.calendar());
    d.at = std::min(chosen, m_workspace.nowMs());
    return d;
}

QString InteractionDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void InteractionDialog::accept() {
    domain::InteractionService service(m_workspace);
    const domain::InteractionDraft d = draft();
    auto save = [&](bool confirmed) {
        return m_editing ? service.edit(m_editing->record.id, d, confirmed)
                         : service.add(d, confirmed);
    };
    auto saved = save(false);
    if (!saved && saved.error().code == ErrorCode::NeedsConfirmation &&
        m_ask(qs(saved.error().message)))
        saved = save(true);
    if (!saved) {
        if (saved.error().code == ErrorCode::NeedsConfirmation)
            return; // the user chose not to
        m_error->setText(qs(saved.error().message));
        m_error->show();
        return;
    }
    m_result = std::move(*saved);
    QDialog::accept();
}

} // namespace tessera::app
