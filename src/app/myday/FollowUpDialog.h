#pragma once

// Sets up a follow-up for a customer, or moves one: the day it is due, a
// note, and who follows up (the customer's account manager by default).

#include "domain/followups/FollowUpService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tessera::app {

class FollowUpDialog : public QDialog {
    Q_OBJECT

public:
    // A new follow-up for `customerId`; with `rescheduling`, moves that one instead.
    FollowUpDialog(domain::Workspace& workspace, std::int64_t customerId,
                   const QString& customerName, std::optional<storage::FollowUpRow> rescheduling,
                   QWidget* parent = nullptr);

    std::int64_t savedId() const { return m_savedId; }
    QDateEdit* due() const { return m_due; }
    QLineEdit* note() const { return m_note; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    domain::Workspace& m_workspace;
    std::int64_t m_customerId;
    std::optional<storage::FollowUpRow> m_rescheduling;
    QDateEdit* m_due;
    QLineEdit* m_note;
    QComboBox* m_assignee;
    QLabel* m_error;
    std::int64_t m_savedId = 0;
};

} // namespace tessera::app
