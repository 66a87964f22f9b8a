#pragma once

// A new password typed twice, as for a new user or a password reset, with
// the domain's rule for passwords (Workspace::validatePassword).

#include <QWidget>

class QLineEdit;

namespace tessera::app {

class NewPasswordFields : public QWidget {
    Q_OBJECT

public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString password() const;
    // What is wrong with the two entries, or empty when they will do.
    QString problem() const;

private:
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
};

} // namespace tessera::app
