#include "app/session/PasswordConfirmDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

PasswordConfirmDialog::PasswordConfirmDialog(const domain::Workspace& workspace,
                                             const QString& title, const QString& message,
                                             const QString& actionText, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("confirmMessage"));
    text->setWordWrap(true);
    text->setMinimumWidth(400);
    layout->addWidget(text);
    const domain::Session& session = workspace.session();
    layout->addWidget(new QLabel(
        tr("Password of %1 (%2):").arg(qs(session.displayName), qs(session.username)), this));
    m_prompt = new PasswordPrompt(workspace, PasswordPrompt::Purpose::Confirm, this);
    layout->addWidget(m_prompt);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordConfirmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prompt, &PasswordPrompt::accepted, this, [this] { QDialog::accept(); });
    connect(m_prompt, &PasswordPrompt::busyChanged, this, [this](bool busy) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
        if (!busy)
            growToFit(this);
    });
    m_prompt->setFocus();
}

void PasswordConfirmDialog::accept() {
    m_prompt->submit();
}

} // namespace tessera::app
