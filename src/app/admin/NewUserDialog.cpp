#include "app/admin/NewUserDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/session/NewPasswordFields.h"
#include "app/common/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

NewUserDialog::NewUserDialog(const QStringList& supervisors, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Add User"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("e.g. wang.fang"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (domain::Role role : {domain::Role::AccountManager, domain::Role::Supervisor,
                              domain::Role::Analyst, domain::Role::Administrator})
        m_role->addItem(qs(domain::roleDisplayName(role)), static_cast<int>(role));
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisorCombo"));
    m_supervisor->addItem(tr("None"), QString());
    for (const QString& name : supervisors)
        m_supervisor->addItem(name, name);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Supervisor:"), m_supervisor);
    layout->addLayout(form);
    auto* passwordBox = new QGroupBox(tr("Initial password"), this);
    auto* passwordLayout = new QVBoxLayout(passwordBox);
    m_password = new NewPasswordFields(passwordBox);
    passwordLayout->addWidget(m_password);
    layout->addWidget(passwordBox);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newUserError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add User"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Only account managers report to a supervisor.
    connect(m_role, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const bool manager = user().role == domain::Role::AccountManager;
        m_supervisor->setEnabled(manager);
        if (!manager)
            m_supervisor->setCurrentIndex(0);
    });
}

domain::NewUser NewUserDialog::user() const {
    domain::NewUser user;
    user.username = ss(m_username->text().trimmed());
    user.displayName = ss(m_displayName->text().trimmed());
    user.role = static_cast<domain::Role>(m_role->currentData().toInt());
    user.supervisorUsername = ss(m_supervisor->currentData().toString());
    user.password = ss(m_password->password());
    return user;
}

QString NewUserDialog::problem() const {
    if (const std::string name = domain::UserService::validateUsername(user().username);
        !name.empty())
        return qs(name);
    return m_password->problem();
}

void NewUserDialog::accept() {
    if (const QString text = problem(); !text.isEmpty()) {
        m_error->setText(text);
        m_error->show();
        growToFit(this);
        return;
    }
    QDialog::accept();
}

QString NewUserDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace tessera::app
