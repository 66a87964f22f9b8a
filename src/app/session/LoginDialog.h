#pragma once

// Signs a user in to a database file: opens it and checks the password in the
// background (the password hash is deliberately slow), and shows why when the
// file is refused (not Tessera, damaged, newer, read-only) or the password is wrong.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace tessera::app {

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString& name);
    void setPassword(const QString& password);
    // A line under the fields, e.g. the demo database's credentials.
    void setHint(const QString& hint);

    QString databasePath() const { return m_path; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // The signed-in workspace, once the dialog was accepted.
    std::unique_ptr<domain::Workspace> takeWorkspace() { return std::move(m_workspace); }

public slots:
    void accept() override;

private:
    void setBusy(bool busy);
    void finishSignIn(Result<std::unique_ptr<domain::Workspace>> result);
    void showError(const QString& message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_path;
    std::unique_ptr<domain::Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace tessera::app
