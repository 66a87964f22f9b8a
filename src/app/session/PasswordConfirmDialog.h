#pragma once

// "Enter your password again" before a sensitive step (an export with
// personal data, a restore): says what is about to happen, checks the
// password through Workspace::confirmIdentity in the background and stays
// open after a wrong one. Cancel does nothing.

#include "app/session/PasswordPrompt.h"

#include <QDialog>

class QDialogButtonBox;

namespace tessera::app {

class PasswordConfirmDialog : public QDialog {
    Q_OBJECT

public:
    PasswordConfirmDialog(const domain::Workspace& workspace, const QString& title,
                          const QString& message, const QString& actionText,
                          QWidget* parent = nullptr);

    PasswordPrompt* prompt() const { return m_prompt; }
    // Once accepted: the password and the connection the identity was confirmed on.
    QString password() const { return m_prompt->password(); }
    std::shared_ptr<domain::Workspace> confirmedConnection() const {
        return m_prompt->confirmedConnection();
    }

public slots:
    void accept() override; // checks the password first

private:
    PasswordPrompt* m_prompt = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tessera::app
