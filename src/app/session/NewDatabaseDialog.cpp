#include "app/session/NewDatabaseDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "domain/admin/UserService.h"
#include "ui_NewDatabaseDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace tessera::app {

NewDatabaseDialog::NewDatabaseDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewDatabaseDialog>()) {
    m_ui->setupUi(this);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(suggestedPath));
    m_ui->displayNameEdit->setText(tr("Administrator"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    m_ui->passwordEdit->setFocus();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

QString NewDatabaseDialog::path() const {
    QString path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tessera");
    return path;
}

domain::NewWorkspaceOptions NewDatabaseDialog::options() const {
    domain::NewWorkspaceOptions options;
    options.adminUsername = ss(m_ui->userEdit->text().trimmed());
    options.adminDisplayName = ss(m_ui->displayNameEdit->text().trimmed());
    if (options.adminDisplayName.empty())
        options.adminDisplayName = options.adminUsername;
    options.adminPassword = ss(m_ui->passwordEdit->text());
    return options;
}

QString NewDatabaseDialog::errorText() const {
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString NewDatabaseDialog::problem() const {
    if (path().isEmpty())
        return tr("Choose where to save the database.");
    if (QFileInfo::exists(path()))
        return tr("%1 already exists. Choose another file name.")
            .arg(QDir::toNativeSeparators(path()));
    const domain::NewWorkspaceOptions chosen = options();
    if (std::string bad = domain::UserService::validateUsername(chosen.adminUsername); !bad.empty())
        return qs(bad);
    if (std::string weak = domain::Workspace::validatePassword(chosen.adminPassword); !weak.empty())
        return qs(weak);
    if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
        return tr("The two passwords differ. Type the same password twice.");
    return {};
}

void NewDatabaseDialog::accept() {
    const QString message = problem();
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    growToFit(this);
    if (message.isEmpty())
        QDialog::accept();
}

void NewDatabaseDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Database"), path(), tr("Tessera databases (*.tessera);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(QDir::toNativeSeparators(chosen));
}

} // namespace tessera::app
