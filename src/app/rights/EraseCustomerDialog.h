#pragma once

// Edit > Erase Personal Data…: says what the erasure removes and what stays,
// for the customer named, and asks for the reason kept in the register of
// erasures. Accepting leads on to the password (RightsController).

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace tessera::app {

class EraseCustomerDialog : public QDialog {
    Q_OBJECT

public:
    EraseCustomerDialog(const QString& code, const QString& name, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tessera::app
