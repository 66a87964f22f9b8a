#include "app/session/SessionController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/BackgroundTask.h"
#include "app/session/DemoDatabase.h"
#include "app/session/IdleMonitor.h"
#include "app/session/LockScreen.h"
#include "app/session/LoginDialog.h"
#include "app/session/NewDatabaseDialog.h"
#include "app/session/PreferencesDialog.h"
#include "domain/setup/WorkspaceSetup.h"
#include "domain/workspace/Log.h"
#include "storage/postgres/ServerUri.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>

namespace tessera::app {
namespace {

const QString kLastDatabaseKey = QStringLiteral("database/last");

using WorkspaceResult = Result<std::unique_ptr<domain::Workspace>>;

// The File menu's sections.
enum FileSection { Databases = 0, Session = 1 };

} // namespace

SessionController::SessionController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    m_idle = new IdleMonitor(this);
    connect(m_idle, &IdleMonitor::idle, this, &SessionController::lock);
    connect(&m_context, &WorkspaceContext::opened, this, &SessionController::opened);
    connect(&m_context, &WorkspaceContext::closing, this, &SessionController::closing);
    registerActions(actions);
}

void SessionController::registerActions(ActionRegistry& actions) {
    const ActionGate database{.needsDatabase = true};
    QAction* created = actions.add(QStringLiteral("actionNewDatabase"), tr("&New Database…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                   appIcon(QStringLiteral("database-new")));
    connect(created, &QAction::triggered, this, &SessionController::newDatabase);
    QAction* open = actions.add(QStringLiteral("actionOpenDatabase"), tr("&Open Database…"),
                                QKeySequence::Open, appIcon(QStringLiteral("database-open")));
    connect(open, &QAction::triggered, this, &SessionController::chooseDatabase);
    QAction* demo = actions.add(QStringLiteral("actionOpenDemo"), tr("Open &Demo Database"));
    connect(demo, &QAction::triggered, this, &SessionController::openDemoDatabase);
    QAction* close = actions.add(QStringLiteral("actionCloseDatabase"), tr("&Close Database"),
                                 QKeySequence::Close, {}, database);
    connect(close, &QAction::triggered, this, &SessionController::closeWorkspace);
    QAction* lockAction = actions.add(QStringLiteral("actionLock"), tr("&Lock Session"),
                                      QKeySequence(Qt::CTRL | Qt::Key_L), {}, database);
    connect(lockAction, &QAction::triggered, this, &SessionController::lock);
    for (QAction* each : {created, open, demo, close})
        actions.placeInMenu(Menu::File, Databases, each);
    actions.placeInMenu(Menu::File, Databases, lockAction);

    QAction* preferences = actions.add(QStringLiteral("actionPreferences"), tr("&Preferences…"),
                                       QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &SessionController::openPreferences);
    actions.placeInMenu(Menu::Edit, 9, preferences);
}

QString SessionController::lastDatabase() {
    return QSettings().value(kLastDatabaseKey).toString();
}

void SessionController::openDatabase(const QString& path) {
    auto* dialog = new LoginDialog(path, m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (QFileInfo(path) == QFileInfo(DemoDatabase::path())) {
        dialog->setUserName(QLatin1String(DemoDatabase::kAdminUsername));
        dialog->setPassword(QLatin1String(DemoDatabase::kAdminPassword));
        dialog->setHint(tr("Demo database: user %1, password %2.")
                            .arg(QLatin1String(DemoDatabase::kAdminUsername),
                                 QLatin1String(DemoDatabase::kAdminPassword)));
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_context.open(dialog->takeWorkspace()); });
    dialog->open();
}

void SessionController::chooseDatabase() {
    const QString path = QFileDialog::getOpenFileName(
        m_context.window(), tr("Open Database"), QFileInfo(lastDatabase()).absolutePath(),
        tr("Tessera databases (*.tessera);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void SessionController::openDemoDatabase() {
    const QString path = DemoDatabase::path();
    if (QFileInfo::exists(path))
        return openDatabase(path);
    BackgroundTask::start<WorkspaceResult>(
        m_context.window(), tr("Demo Database"),
        [path](const domain::JobControl& job) { return DemoDatabase::create(path, job); },
        [this](WorkspaceResult result) {
            if (!result)
                return (void)showError(m_context.window(), tr("Demo Database"), result.error());
            m_context.open(std::move(*result));
        });
}

void SessionController::newDatabase() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    NewDatabaseDialog dialog(QDir(folder).filePath(tr("customers.tessera")), m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::string path = ss(dialog.path());
    const domain::NewWorkspaceOptions options = dialog.options();
    BackgroundTask::start<WorkspaceResult>(
        m_context.window(), tr("New Database"),
        [path, options](const domain::JobControl& job) -> WorkspaceResult {
            job.report(10, tr("Creating the database and its administrator").toStdString());
            return domain::WorkspaceSetup::create(path, options);
        },
        [this, path](WorkspaceResult result) {
            if (!result)
                return (void)showError(
                    m_context.window(), tr("New Database"),
                    {result.error().code, domain::describeOpenError(result.error(), path)});
            m_context.open(std::move(*result));
        });
}

void SessionController::closeWorkspace() {
    m_context.close();
}

void SessionController::opened() {
    // A server's URI is kept without its password.
    QSettings().setValue(kLastDatabaseKey,
                         qs(storage::withoutPassword(m_context.workspace()->databasePath())));
    domain::log::logger().info("gui session user={} opened a database",
                               m_context.workspace()->session().userId);
    applyLockTimeout();
    m_idle->start();
}

void SessionController::closing() {
    m_idle->stop();
    if (!m_lockScreen)
        return;
    // Signing out from the lock screen comes from inside its own signal.
    m_lockScreen->deleteLater();
    m_lockScreen = nullptr;
    m_context.setCover(nullptr);
    m_hiddenWindows.clear();
    emit lockChanged(false);
}

void SessionController::applyLockTimeout() {
    m_idle->setTimeout(PreferencesDialog::lockMinutes() * 60 * 1000);
}

PreferencesDialog* SessionController::openPreferences() {
    auto* dialog = new PreferencesDialog(m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SessionController::applyLockTimeout);
    dialog->open();
    return dialog;
}

void SessionController::lock() {
    if (!m_context.workspace() || m_lockScreen)
        return;
    m_idle->stop();
    hideOwnWindows();
    m_lockScreen = new LockScreen(*m_context.workspace(), m_context.window());
    m_context.setCover(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, &SessionController::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &SessionController::closeWorkspace);
    m_lockScreen->setFocus();
    emit lockChanged(true);
}

void SessionController::hideOwnWindows() {
    // Dialogs and tool windows may show customers too. Hiding a dialog shown
    // with exec() ends it as if cancelled.
    for (QWidget* window : m_context.window()->findChildren<QWidget*>()) {
        if (window->isWindow() && window->isVisible()) {
            m_hiddenWindows.append(window);
            window->hide();
        }
    }
}

void SessionController::unlock() {
    if (!m_lockScreen)
        return;
    // Called from the lock screen's own signal: it goes once that returns.
    m_lockScreen->deleteLater();
    m_lockScreen = nullptr;
    m_context.setCover(nullptr);
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows))
        if (window)
            window->show();
    m_hiddenWindows.clear();
    m_idle->start();
    emit lockChanged(false);
}

} // namespace tessera::app
