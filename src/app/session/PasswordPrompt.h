#pragma once

// A password field that checks what was typed against the signed-in user,
// through the domain, in the background (the hash is deliberately slow): for
// unlocking an idle session or confirming who you are before a sensitive
// step. A wrong password leaves the field for another try and says why.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;

namespace tessera::app {

class PasswordPrompt : public QWidget {
    Q_OBJECT

public:
    enum class Purpose {
        Unlock,  // Workspace::verifyPassword
        Confirm, // Workspace::confirmIdentity, for a step that needs it
    };

    // Each attempt runs on a new connection to `workspace`'s database.
    PasswordPrompt(const domain::Workspace& workspace, Purpose purpose, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // After accepted(): the password, and the connection it was confirmed on
    // (a confirmation holds for that connection and those opened from it).
    QString password() const { return m_accepted; }
    std::shared_ptr<domain::Workspace> confirmedConnection() const { return m_connection; }

public slots:
    void submit();

signals:
    void accepted();
    void busyChanged(bool busy);

private:
    void finish(const Status& result, const QString& password);
    void setBusy(bool busy);
    void showError(const QString& message);

    const domain::Workspace& m_workspace;
    Purpose m_purpose;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busyLabel = nullptr;
    bool m_busy = false;
    QString m_accepted;
    std::shared_ptr<domain::Workspace> m_connection;
};

} // namespace tessera::app
