#pragma once

// Users > Reset Password: a new password for another user, typed twice.
// The administrator needs no current password; the user's keys are re-made.

#include <QDialog>

class QLabel;

namespace tessera::app {

class NewPasswordFields;

class PasswordResetDialog : public QDialog {
    Q_OBJECT

public:
    explicit PasswordResetDialog(const QString& username, QWidget* parent = nullptr);

    NewPasswordFields* fields() const { return m_fields; }
    QString password() const;
    QString errorText() const;

public slots:
    void accept() override; // only with an acceptable password

private:
    NewPasswordFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tessera::app
