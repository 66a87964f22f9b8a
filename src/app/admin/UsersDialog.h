#pragma once

// Administration > Users: every account with its role, supervisor and
// whether it may sign in; add a user, reset a password, disable or enable,
// remove (which re-keys all personal data) and rotate the data key. All
// through UserService and MaintenanceService in the background; errors show
// under the list.

#include "domain/workspace/JobControl.h"
#include "domain/admin/UserService.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera::app {

class UsersDialog : public QDialog {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DisplayNameColumn,
        RoleColumn,
        SupervisorColumn,
        ActiveColumn,
        ColumnCount
    };

    // A job that replaces the data key (removing a user, rotating the key):
    // the main window runs it, as every connection must move to the new key.
    using KeyJob = std::function<Status(domain::Workspace&, const domain::JobControl&)>;
    using KeyJobRunner =
        std::function<void(const QString& title, KeyJob job, std::function<void(Status)> done)>;

    UsersDialog(const domain::Workspace& workspace, KeyJobRunner runKeyJob,
                QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* activeButton() const { return m_active; }
    QString messageText() const;
    bool isBusy() const { return m_busy; }
    bool selectUser(const QString& username);

public slots:
    void refresh();
    void addUser();
    void resetPassword();
    void toggleActive();
    void removeUser();
    void rotateDataKey();

signals:
    void listed();
    void changed(bool ok); // after each change, whatever its outcome

private:
    QString selectedUser() const;
    QStringList supervisors() const;
    void showUsers(const Result<std::vector<domain::UserSummary>>& users);
    void change(std::function<Status(domain::Workspace&)> job, const QString& success);
    void finishChange(const Status& result, const QString& success);
    bool confirm(const QString& title, const QString& text, const QString& action);
    void showMessage(bool ok, const QString& text);
    void updateButtons();

    const domain::Workspace& m_workspace;
    KeyJobRunner m_runKeyJob;
    QTreeWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_active = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_rotate = nullptr;
    bool m_busy = false;
    QString m_selectAfterRefresh; // a user just added
};

} // namespace tessera::app
