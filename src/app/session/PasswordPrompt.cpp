#include "app/session/PasswordPrompt.h"

#include "app/jobs/Async.h"
#include "app/common/Text.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tessera::app {

PasswordPrompt::PasswordPrompt(const domain::Workspace& workspace, Purpose purpose, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_purpose(purpose) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(260);
    layout->addWidget(m_password);
    m_busyLabel = new QLabel(tr("Checking the password…"), this);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_password, &QLineEdit::returnPressed, this, &PasswordPrompt::submit);
    setFocusProxy(m_password);
}

QString PasswordPrompt::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void PasswordPrompt::submit() {
    if (m_busy)
        return;
    auto opened = m_workspace.openWorker();
    if (!opened)
        return showError(qs(opened.error().message));
    std::shared_ptr<domain::Workspace> connection = std::move(*opened);
    const QString password = m_password->text();
    setBusy(true);
    runAsync<Status>(
        this,
        [connection, purpose = m_purpose, typed = ss(password)] {
            return purpose == Purpose::Unlock ? connection->verifyPassword(typed)
                                              : connection->confirmIdentity(typed);
        },
        [this, connection, password](Status result) {
            if (result)
                m_connection = connection;
            finish(result, password);
        });
}

void PasswordPrompt::finish(const Status& result, const QString& password) {
    setBusy(false);
    if (!result) {
        showError(qs(result.error().message));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    m_accepted = password;
    m_password->clear();
    emit accepted();
}

void PasswordPrompt::setBusy(bool busy) {
    m_busy = busy;
    // Read-only rather than disabled: the field keeps the focus, so the Return
    // that submitted it does not go on to a button that takes the focus over.
    m_password->setReadOnly(busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_error->hide();
    emit busyChanged(busy);
}

void PasswordPrompt::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera::app
