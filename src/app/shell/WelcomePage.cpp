#include "app/shell/WelcomePage.h"

#include "app/common/AppResources.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* logo = new QLabel(this);
    logo->setPixmap(appIcon(QStringLiteral("tessera")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Tessera CRM Workstation"), this);
    title->setAlignment(Qt::AlignCenter);
    title->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    auto* subtitle = new QLabel(
        tr("Client portfolios, journeys, satisfaction and relationship ROI in one local file."),
        this);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    outer->addWidget(logo);
    outer->addWidget(title);
    outer->addWidget(subtitle);
    outer->addSpacing(24);

    m_buttons = new QWidget(this);
    m_buttons->setMaximumWidth(460);
    auto* column = new QVBoxLayout(m_buttons);
    column->setSpacing(8);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_buttons, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    m_last = addButton(QStringLiteral("database-open"), QString(), QString());
    m_last->hide();
    connect(m_last, &QPushButton::clicked, this,
            [this] { emit lastDatabaseRequested(m_lastPath); });
    connect(addButton(QStringLiteral("database-open"), tr("Open Database…"),
                      tr("Sign in to an existing Tessera file")),
            &QPushButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(addButton(QStringLiteral("database-new"), tr("New Database…"),
                      tr("Start an empty database with its first administrator")),
            &QPushButton::clicked, this, &WelcomePage::newDatabaseRequested);
    connect(addButton(QStringLiteral("tessera"), tr("Open Demo Database"),
                      tr("Explore Tessera with sample customers")),
            &QPushButton::clicked, this, &WelcomePage::demoDatabaseRequested);
}

QPushButton* WelcomePage::addButton(const QString& icon, const QString& text,
                                    const QString& detail) {
    auto* button = new QPushButton(appIcon(icon), text, m_buttons);
    button->setToolTip(detail);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    m_buttons->layout()->addWidget(button);
    return button;
}

void WelcomePage::setLastDatabase(const QString& path) {
    m_lastPath = path;
    const bool offer = !path.isEmpty() && QFileInfo::exists(path);
    m_last->setVisible(offer);
    m_last->setText(tr("Open %1").arg(QFileInfo(path).fileName()));
    m_last->setToolTip(QDir::toNativeSeparators(path));
}

} // namespace tessera::app
