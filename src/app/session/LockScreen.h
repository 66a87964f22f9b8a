#pragma once

// What the main window shows while the session is locked after idle time:
// who is signed in and a password field, nothing of the customers. The right
// password (checked through Workspace::verifyPassword) unlocks; Sign Out
// closes the database.

#include "app/session/PasswordPrompt.h"

#include <QWidget>

class QPushButton;

namespace tessera::app {

class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(const domain::Workspace& workspace, QWidget* parent = nullptr);

    PasswordPrompt* prompt() const { return m_prompt; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* signOutButton() const { return m_signOut; }

signals:
    void unlocked();
    void signOutRequested();

private:
    PasswordPrompt* m_prompt = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_signOut = nullptr;
};

} // namespace tessera::app
