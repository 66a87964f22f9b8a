#include "app/tickets/TicketDialog.h"

#include "app/common/Text.h"
#include "app/common/TouchpointBox.h"
#include "app/common/WallClockEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tessera::app {

QString ticketCategoryLabel(const std::string& key) {
    if (key == "quality")
        return TicketDialog::tr("Product quality");
    if (key == "attitude")
        return TicketDialog::tr("Service attitude");
    if (key == "delivery")
        return TicketDialog::tr("Delivery");
    if (key == "billing")
        return TicketDialog::tr("Billing");
    if (key == "other")
        return TicketDialog::tr("Other");
    return qs(key);
}

QString ticketLevelLabel(const std::string& key) {
    if (key == "immediate")
        return TicketDialog::tr("Immediate");
    if (key == "24h")
        return TicketDialog::tr("Within 24 h");
    if (key == "72h")
        return TicketDialog::tr("Within 72 h");
    return qs(key);
}

QString ticketStatusLabel(const std::string& key) {
    if (key == "open")
        return TicketDialog::tr("Open");
    if (key == "assigned")
        return TicketDialog::tr("Assigned");
    if (key == "responded")
        return TicketDialog::tr("Responded");
    if (key == "resolved")
        return TicketDialog::tr("Resolved");
    if (key == "closed")
        return TicketDialog::tr("Closed");
    return qs(key);
}

TicketDialog::TicketDialog(domain::Workspace& workspace, std::int64_t customerId,
                           const QString& customerName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_customerId(customerId) {
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(tr("Open Ticket — %1").arg(customerName));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const std::string& key : domain::TicketService::categories())
        m_category->addItem(ticketCategoryLabel(key), qs(key));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    for (const char* key : {"immediate", "24h", "72h"})
        m_level->addItem(ticketLevelLabel(key), QString::fromLatin1(key));
    m_level->setCurrentIndex(1);
    m_level->setToolTip(tr("How long the ticket may wait for a response before it escalates to "
                           "the owner's supervisor"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(200);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("Details (stored encrypted)"));
    m_description->setTabChangesFocus(true);
    m_touchpoint = TouchpointBox::create(this, workspace);
    m_touchpoint->setObjectName(QStringLiteral("touchpointCombo"));
    m_complaint = new QCheckBox(tr("This is a complaint"), this);
    m_complaint->setObjectName(QStringLiteral("complaintCheck"));
    m_when = new QDateTimeEdit(this);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setWallClock(m_when, workspace.nowMs(), workspace.nowMs(), workspace.calendar());
    auto* form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Escalation level:"), m_level);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Touchpoint:"), m_touchpoint);
    form->addRow(QString(), m_complaint);
    form->addRow(tr("&Opened:"), m_when);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ticketError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TicketDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString TicketDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void TicketDialog::accept() {
    domain::TicketDraft d;
    d.customerId = m_customerId;
    d.category = ss(m_category->currentData().toString());
    d.level = ss(m_level->currentData().toString());
    d.subject = ss(m_subject->text());
    if (!m_description->toPlainText().trimmed().isEmpty())
        d.description = ss(m_description->toPlainText());
    d.complaint = m_complaint->isChecked();
    d.touchpoint = ss(m_touchpoint->currentData().toString());
    d.at = std::min<std::int64_t>(instantOf(m_when->dateTime(), m_workspace.calendar()),
                                  m_workspace.nowMs());
    auto id = domain::TicketService(m_workspace).open(d);
    if (!id) {
        m_error->setText(qs(id.error().message));
        m_error->show();
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace tessera::app
