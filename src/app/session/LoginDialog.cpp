#include "app/session/LoginDialog.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/Async.h"
#include "domain/setup/WorkspaceSetup.h"
#include "storage/postgres/ServerUri.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QPushButton>

namespace tessera::app {
namespace {

using SignInResult = Result<std::unique_ptr<domain::Workspace>>;

SignInResult openAndSignIn(const std::string& path, const std::string& user,
                           const std::string& password) {
    auto workspace = domain::WorkspaceSetup::open(path);
    if (!workspace)
        return workspace.error(); // already phrased by describeOpenError
    if (Status login = (*workspace)->login(user, password); !login)
        return login.error();
    return workspace;
}

} // namespace

LoginDialog::LoginDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_path(databasePath) {
    m_ui->setupUi(this);
    m_ui->logoLabel->setPixmap(appIcon(QStringLiteral("tessera")).pixmap(48, 48));
    // Long paths keep their start and the file name; the tooltip has all of it.
    const QString shownPath = storage::isServerUri(ss(databasePath))
                                  ? qs(storage::withoutPassword(ss(databasePath)))
                                  : QDir::toNativeSeparators(databasePath);
    m_ui->pathLabel->setText(
        m_ui->pathLabel->fontMetrics().elidedText(shownPath, Qt::ElideMiddle, 360));
    m_ui->pathLabel->setToolTip(shownPath);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    m_ui->userEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString& name) {
    m_ui->userEdit->setText(name);
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::setPassword(const QString& password) {
    m_ui->passwordEdit->setText(password);
}

void LoginDialog::setHint(const QString& hint) {
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    growToFit(this);
}

QString LoginDialog::errorText() const {
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::accept() {
    if (m_busy)
        return;
    const QString user = m_ui->userEdit->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userEdit->setFocus();
        return;
    }
    setBusy(true);
    runAsync<SignInResult>(
        this,
        [path = ss(m_path), user = ss(user), password = ss(m_ui->passwordEdit->text())] {
            return openAndSignIn(path, user, password);
        },
        [this](SignInResult result) { finishSignIn(std::move(result)); });
}

void LoginDialog::finishSignIn(Result<std::unique_ptr<domain::Workspace>> result) {
    setBusy(false);
    if (!isVisible())
        return; // cancelled while signing in
    if (!result) {
        showError(qs(result.error().message));
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_workspace = std::move(*result);
    QDialog::accept();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->hide();
}

void LoginDialog::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    growToFit(this);
}

} // namespace tessera::app
