#include "app/teammode/ConnectServerDialog.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "storage/postgres/ServerUri.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera::app {

ConnectServerDialog::ConnectServerDialog(const QStringList& recent, QWidget* parent)
    : QDialog(parent), m_recent(recent) {
    setWindowTitle(tr("Connect to Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Connect to your team's PostgreSQL server with your own login "
                                "role. You then sign in with your Tessera user name and "
                                "password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_recentBox = new QComboBox(this);
    m_recentBox->setObjectName(QStringLiteral("recentBox"));
    m_recentBox->addItem(tr("New connection"));
    m_recentBox->addItems(recent);
    form->addRow(tr("&Recent:"), m_recentBox);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(
        tr("db.example.com, or a socket folder such as /var/run/postgresql"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    form->addRow(tr("&Login role:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    form->addRow(tr("Server pass&word:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);
    layout->addWidget(buttons);

    connect(m_recentBox, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::fillFrom);
    if (!recent.isEmpty())
        m_recentBox->setCurrentIndex(1); // the last one used
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

void ConnectServerDialog::fillFrom(int recentIndex) {
    if (recentIndex < 1 || recentIndex > m_recent.size())
        return;
    const auto address = storage::parseServerUri(ss(m_recent.at(recentIndex - 1)));
    if (!address)
        return;
    m_host->setText(qs(address->host));
    m_port->setValue(address->port);
    m_database->setText(qs(address->database));
    m_user->setText(qs(address->user));
    m_password->clear();
}

QString ConnectServerDialog::uri() const {
    storage::ServerAddress address;
    address.host = ss(m_host->text().trimmed());
    address.port = m_port->value();
    address.database = ss(m_database->text().trimmed());
    address.user = ss(m_user->text().trimmed());
    address.password = ss(m_password->text());
    return qs(storage::serverUri(address));
}

QString ConnectServerDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ConnectServerDialog::problem() const {
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name, or the folder of its Unix socket.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the team's database on the server.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter your login role on the server (your administrator gave it to you).");
    return {};
}

void ConnectServerDialog::accept() {
    const QString message = problem();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    growToFit(this);
    if (message.isEmpty())
        QDialog::accept();
}

} // namespace tessera::app
