#include "app/session/NewPasswordFields.h"

#include "app/common/Text.h"
#include "domain/workspace/Workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace tessera::app {

NewPasswordFields::NewPasswordFields(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(240);
    }
    m_password->setPlaceholderText(
        tr("At least %1 characters").arg(domain::Workspace::kMinimumPasswordLength));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
}

QString NewPasswordFields::password() const {
    return m_password->text();
}

QString NewPasswordFields::problem() const {
    if (const std::string rule = domain::Workspace::validatePassword(ss(password())); !rule.empty())
        return qs(rule);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return {};
}

} // namespace tessera::app
