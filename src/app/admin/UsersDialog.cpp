#include "app/admin/UsersDialog.h"

#include "app/admin/NewUserDialog.h"
#include "app/session/PasswordResetDialog.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/admin/MaintenanceService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using UsersResult = Result<std::vector<domain::UserSummary>>;

constexpr int kActiveRole = Qt::UserRole;
constexpr int kRoleKeyRole = Qt::UserRole + 1;
constexpr int kRemovedRole = Qt::UserRole + 2;

} // namespace

UsersDialog::UsersDialog(const domain::Workspace& workspace, KeyJobRunner runKeyJob,
                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_runKeyJob(std::move(runKeyJob)) {
    setWindowTitle(tr("Users"));
    resize(860, 480);
    auto* layout = new QVBoxLayout(this);
    auto* middle = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("User name"), tr("Display name"), tr("Role"), tr("Supervisor"), tr("Active")});
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DisplayNameColumn, QHeaderView::Stretch);
    middle->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add User…"), this);
    m_reset = new QPushButton(tr("Reset &Password…"), this);
    m_active = new QPushButton(tr("&Disable"), this);
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_rotate = new QPushButton(tr("Rotate Data &Key…"), this);
    for (QPushButton* button : {m_add, m_reset, m_active, m_remove})
        side->addWidget(button);
    side->addSpacing(16);
    side->addWidget(m_rotate);
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &UsersDialog::removeUser);
    connect(m_rotate, &QPushButton::clicked, this, &UsersDialog::rotateDataKey);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    updateButtons();
    refresh();
}

void UsersDialog::refresh() {
    runOnWorker<std::vector<domain::UserSummary>>(
        this, m_workspace, [](domain::Workspace& ws) { return domain::UserService(ws).list(); },
        [this](UsersResult users) { showUsers(users); });
}

void UsersDialog::showUsers(const UsersResult& users) {
    const QString selected = m_selectAfterRefresh.isEmpty() ? selectedUser() : m_selectAfterRefresh;
    m_selectAfterRefresh.clear();
    m_list->clear();
    if (!users) {
        showMessage(false, qs(users.error().message));
        return emit listed();
    }
    for (const domain::UserSummary& user : *users) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, qs(user.username));
        item->setText(DisplayNameColumn, qs(user.displayName));
        // Room for Chinese names too, so that every row has the same height
        // (the stretched column's width does not depend on its size hint).
        item->setSizeHint(DisplayNameColumn, QSize(0, fontMetrics().height() + 8));
        item->setText(RoleColumn, qs(domain::roleDisplayName(user.role)));
        item->setData(RoleColumn, kRoleKeyRole, static_cast<int>(user.role));
        item->setText(SupervisorColumn, qs(user.supervisorUsername));
        item->setText(ActiveColumn,
                      user.removed ? tr("Removed") : (user.active ? tr("Yes") : tr("No")));
        item->setData(ActiveColumn, kActiveRole, user.active);
        item->setData(ActiveColumn, kRemovedRole, user.removed);
        if (!user.active)
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    selectUser(selected);
    updateButtons();
    emit listed();
}

bool UsersDialog::selectUser(const QString& username) {
    const auto found = m_list->findItems(username, Qt::MatchExactly, NameColumn);
    if (found.isEmpty())
        return false;
    m_list->setCurrentItem(found.front());
    return true;
}

QString UsersDialog::selectedUser() const {
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

QStringList UsersDialog::supervisors() const {
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(RoleColumn, kRoleKeyRole).toInt() ==
                static_cast<int>(domain::Role::Supervisor) &&
            item->data(ActiveColumn, kActiveRole).toBool())
            names << item->text(NameColumn);
    }
    return names;
}

void UsersDialog::updateButtons() {
    QTreeWidgetItem* item = m_list->currentItem();
    const bool own = item && item->text(NameColumn) == qs(m_workspace.session().username);
    const bool active = item && item->data(ActiveColumn, kActiveRole).toBool();
    // A removed account has no keys left: nothing more can be done with it.
    const bool changeable = !m_busy && item && !item->data(ActiveColumn, kRemovedRole).toBool();
    m_add->setEnabled(!m_busy);
    m_rotate->setEnabled(!m_busy);
    m_reset->setEnabled(changeable);
    // Nobody disables or removes their own account (the domain refuses too).
    m_active->setEnabled(changeable && !own);
    m_active->setText(item && !active ? tr("&Enable") : tr("&Disable"));
    m_remove->setEnabled(changeable && !own);
}

void UsersDialog::addUser() {
    NewUserDialog dialog(supervisors(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::NewUser user = dialog.user();
    m_selectAfterRefresh = qs(user.username);
    change(
        [user](domain::Workspace& ws) -> Status {
            auto added = domain::UserService(ws).add(user);
            if (!added)
                return added.error();
            return {};
        },
        tr("Added the user %1.").arg(qs(user.username)));
}

void UsersDialog::resetPassword() {
    const QString username = selectedUser();
    if (username.isEmpty())
        return;
    PasswordResetDialog dialog(username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    change(
        [name = ss(username), password = ss(dialog.password())](domain::Workspace& ws) {
            return domain::UserService(ws).changePassword(name, password, std::nullopt);
        },
        tr("The password of %1 was reset.").arg(username));
}

void UsersDialog::toggleActive() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString username = item->text(NameColumn);
    const bool activate = !item->data(ActiveColumn, kActiveRole).toBool();
    change([name = ss(username), activate](
               domain::Workspace& ws) { return domain::UserService(ws).setActive(name, activate); },
           activate ? tr("%1 may sign in again.").arg(username)
                    : tr("%1 can no longer sign in.").arg(username));
}

void UsersDialog::change(std::function<Status(domain::Workspace&)> job, const QString& success) {
    m_busy = true;
    updateButtons();
    runOnWorker<void>(this, m_workspace, std::move(job),
                      [this, success](Status result) { finishChange(result, success); });
}

void UsersDialog::finishChange(const Status& result, const QString& success) {
    m_busy = false;
    showMessage(result.ok(), result ? success : qs(result.error().message));
    refresh();
    emit changed(result.ok());
}

bool UsersDialog::confirm(const QString& title, const QString& text, const QString& action) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("usersConfirm"));
    QPushButton* go = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void UsersDialog::removeUser() {
    const QString username = selectedUser();
    if (username.isEmpty() ||
        !confirm(tr("Remove User"),
                 tr("Remove %1? They can no longer sign in and their keys are deleted. All "
                    "personal data is then re-encrypted under a new data key, so that a copy of "
                    "their keys opens nothing; with many customers this may take a while. The "
                    "audit log keeps their name.")
                     .arg(username),
                 tr("Remove")))
        return;
    m_busy = true;
    updateButtons();
    m_runKeyJob(
        tr("Remove User"),
        [name = ss(username)](domain::Workspace& ws, const domain::JobControl& job) {
            return domain::UserService(ws).remove(name, job);
        },
        [self = QPointer<UsersDialog>(this), username](Status result) {
            if (self) // the dialog may have closed with the database meanwhile
                self->finishChange(
                    result, tr("Removed %1; personal data is under a new key.").arg(username));
        });
}

void UsersDialog::rotateDataKey() {
    if (!confirm(tr("Rotate Data Key"),
                 tr("Re-encrypt all personal data under a new data key? Every user keeps their "
                    "password; with many customers this may take a while."),
                 tr("Rotate Key")))
        return;
    m_busy = true;
    updateButtons();
    m_runKeyJob(
        tr("Rotate Data Key"),
        [](domain::Workspace& ws, const domain::JobControl& job) -> Status {
            auto count = domain::MaintenanceService(ws).rotateDataKey(job);
            if (!count)
                return count.error();
            return {};
        },
        [self = QPointer<UsersDialog>(this)](Status result) {
            if (self)
                self->finishChange(result, tr("Personal data is now under a new data key."));
        });
}

void UsersDialog::showMessage(bool ok, const QString& text) {
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->show();
}

QString UsersDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace tessera::app
