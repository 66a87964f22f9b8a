#pragma once

// Administration > Audit Log: the audit rows, newest first, a page at a time,
// filtered by user, action, customer code and dates, loaded in the background on a
// worker connection; refused rows stand out. Verify Chain checks the hash
// chain in the background and names the first broken row and why.

#include "app/admin/AuditLogModel.h"
#include "domain/admin/UserService.h"
#include "domain/workspace/Workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tessera::app {

class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit AuditLogDialog(const domain::Workspace& workspace, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* customerFilter() const { return m_customer; }
    QCheckBox* fromEnabled() const { return m_fromOn; }
    QDateEdit* fromDate() const { return m_from; }
    QCheckBox* toEnabled() const { return m_toOn; }
    QDateEdit* toDate() const { return m_to; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* moreButton() const { return m_more; }
    QString verificationText() const;
    bool isLoading() const { return m_loading; }
    bool isVerifying() const { return m_verifying; }

    // The audit filter the user, action and date controls describe (the
    // customer code becomes a customer id on the worker connection).
    storage::AuditFilter filter() const;

public slots:
    void reload();
    void loadMore();
    void verifyChain();

signals:
    void loaded();
    void verified();

private:
    QLayout* makeFilterBar();
    void loadUsers();
    void load(bool append);
    void showRows(Result<std::vector<storage::AuditRecord>> rows, bool append);
    void noteActions(const std::vector<storage::AuditRecord>& rows);
    void showVerification(const Result<storage::AuditVerification>& result);
    void updateCount();

    const domain::Workspace& m_workspace;
    AuditLogModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_customer = nullptr;
    QCheckBox* m_fromOn = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toOn = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_more = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_verification = nullptr;
    bool m_loading = false;
    bool m_verifying = false;
    int m_generation = 0; // drops the answers of superseded queries
};

} // namespace tessera::app
