#pragma once

// Users > Add User: user name, display name, role, the supervisor an account
// manager reports to, and the initial password typed twice. Checks the
// shape of the name and the password before it closes; the domain checks
// the rest (a taken name, a supervisor that is none) when the user is added.

#include "domain/admin/UserService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tessera::app {

class NewPasswordFields;

class NewUserDialog : public QDialog {
    Q_OBJECT

public:
    // `supervisors`: the user names of the supervisors to choose from.
    explicit NewUserDialog(const QStringList& supervisors, QWidget* parent = nullptr);

    domain::NewUser user() const;

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QComboBox* supervisorCombo() const { return m_supervisor; }
    NewPasswordFields* passwordFields() const { return m_password; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QString problem() const;

    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_supervisor = nullptr;
    NewPasswordFields* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tessera::app
