#include "app/myday/FollowUpDialog.h"

#include "app/common/Text.h"
#include "domain/customers/CustomerService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tessera::app {

FollowUpDialog::FollowUpDialog(domain::Workspace& workspace, std::int64_t customerId,
                               const QString& customerName,
                               std::optional<storage::FollowUpRow> rescheduling, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_customerId(customerId),
      m_rescheduling(std::move(rescheduling)) {
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(m_rescheduling ? tr("Reschedule Follow-up — %1").arg(customerName)
                                  : tr("New Follow-up — %1").arg(customerName));
    const QDate today =
        domain::Calendar::dateFromDay(workspace.calendar().dayOf(workspace.nowMs()));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(today);
    m_due->setDate(m_rescheduling ? std::max(today, domain::Calendar::dateFromDay(
                                                        m_rescheduling->record.dueDay))
                                  : today.addDays(7));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("What to follow up"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->addItem(tr("The customer's account manager"), QVariant());
    m_assignee->addItem(tr("Me"), static_cast<qlonglong>(workspace.session().userId));
    // Supervisors and administrators may give it to their team (asked
    // without auditing a refusal for the roles that may not).
    if (domain::AccessPolicy::check(workspace.session(), domain::Action::ReassignCustomer))
        if (auto team = domain::CustomerService(workspace).assignableOwners())
            for (const auto& owner : *team)
                if (owner.id != workspace.session().userId)
                    m_assignee->addItem(qs(owner.displayName), static_cast<qlonglong>(owner.id));
    auto* form = new QFormLayout;
    form->addRow(tr("&Due:"), m_due);
    if (m_rescheduling) {
        m_note->setText(qs(m_rescheduling->record.note));
        m_note->setReadOnly(true);
        m_assignee->setEnabled(false);
    }
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Who follows up:"), m_assignee);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString FollowUpDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void FollowUpDialog::accept() {
    domain::FollowUpService followUps(m_workspace);
    const std::int32_t due = domain::Calendar::dayFromDate(m_due->date());
    Status saved;
    if (m_rescheduling) {
        saved = followUps.reschedule(m_rescheduling->record.id, due);
        m_savedId = m_rescheduling->record.id;
    } else {
        domain::FollowUpDraft d{m_customerId, due, ss(m_note->text()), std::nullopt};
        if (m_assignee->currentData().isValid())
            d.assigneeId = m_assignee->currentData().toLongLong();
        auto id = followUps.add(d);
        if (id)
            m_savedId = *id;
        else
            saved = id.error();
    }
    if (!saved) {
        m_error->setText(qs(saved.error().message));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tessera::app
