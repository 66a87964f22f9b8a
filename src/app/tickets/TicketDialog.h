#pragma once

// Opens a service ticket for a customer: category, escalation level,
// subject, description and when it came in. Saves through TicketService;
// refusals stay in the dialog with their reason.

#include "domain/tickets/TicketService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;

namespace tessera::app {

class TicketDialog : public QDialog {
    Q_OBJECT

public:
    TicketDialog(domain::Workspace& workspace, std::int64_t customerId, const QString& customerName,
                 QWidget* parent = nullptr);

    std::int64_t savedId() const { return m_savedId; }
    QString errorText() const;
    QComboBox* category() const { return m_category; }
    QComboBox* level() const { return m_level; }
    QLineEdit* subject() const { return m_subject; }

public slots:
    void accept() override;

private:
    domain::Workspace& m_workspace;
    std::int64_t m_customerId;
    QComboBox* m_category;
    QComboBox* m_level;
    QComboBox* m_touchpoint;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
    QCheckBox* m_complaint;
    QDateTimeEdit* m_when;
    QLabel* m_error;
    std::int64_t m_savedId = 0;
};

// The translated names of ticket categories, levels and states.
QString ticketCategoryLabel(const std::string& key);
QString ticketLevelLabel(const std::string& key);
QString ticketStatusLabel(const std::string& key);

} // namespace tessera::app
