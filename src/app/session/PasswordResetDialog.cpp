#include "app/session/PasswordResetDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/session/NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

PasswordResetDialog::PasswordResetDialog(const QString& username, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Reset Password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A new password for %1. Tell it to them in person; they can "
                                "change it after signing in.")
                                 .arg(username),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(380);
    layout->addWidget(intro);
    m_fields = new NewPasswordFields(this);
    layout->addWidget(m_fields);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("resetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset Password"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordResetDialog::password() const {
    return m_fields->password();
}

QString PasswordResetDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void PasswordResetDialog::accept() {
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        growToFit(this);
        return;
    }
    QDialog::accept();
}

} // namespace tessera::app
