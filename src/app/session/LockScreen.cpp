#include "app/session/LockScreen.h"

#include "app/common/AppResources.h"
#include "app/common/Text.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

LockScreen::LockScreen(const domain::Workspace& workspace, QWidget* parent) : QWidget(parent) {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(420);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);

    auto* icon = new QLabel(card);
    icon->setPixmap(appIcon(QStringLiteral("tessera")).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto* title = new QLabel(tr("Tessera is locked"), card);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    const domain::Session& session = workspace.session();
    auto* user =
        new QLabel(tr("Signed in as %1 (%2)")
                       .arg(qs(session.displayName), qs(domain::roleDisplayName(session.role))),
                   card);
    user->setObjectName(QStringLiteral("lockedUser"));
    user->setAlignment(Qt::AlignCenter);
    user->setWordWrap(true);
    layout->addWidget(user);
    auto* hint = new QLabel(tr("Enter your password to continue."), card);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_prompt = new PasswordPrompt(workspace, PasswordPrompt::Purpose::Unlock, card);
    layout->addWidget(m_prompt);
    auto* buttons = new QHBoxLayout;
    m_signOut = new QPushButton(tr("Sign Out"), card);
    m_unlock = new QPushButton(tr("Unlock"), card);
    m_unlock->setDefault(true);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, m_prompt, &PasswordPrompt::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_prompt, &PasswordPrompt::accepted, this, &LockScreen::unlocked);
    connect(m_prompt, &PasswordPrompt::busyChanged, m_unlock, &QWidget::setDisabled);
    setFocusProxy(m_prompt);
}

} // namespace tessera::app
