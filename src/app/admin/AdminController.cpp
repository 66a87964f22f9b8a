#include "app/admin/AdminController.h"

#include "app/admin/AuditLogDialog.h"
#include "app/admin/BackupScheduler.h"
#include "app/admin/BackupsDialog.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/common/ToolDialog.h"
#include "app/jobs/Async.h"
#include "app/jobs/BackgroundTask.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>

namespace tessera::app {
namespace {

using WorkspaceResult = Result<std::unique_ptr<domain::Workspace>>;

} // namespace

AdminController::AdminController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // The menu shows only what the role may do, and only to those who may.
    auto entry = [&actions](const char* id, const QString& text, domain::Action permission) {
        QAction* made = actions.add(QLatin1String(id), text, {}, {},
                                    {.permission = permission, .hideUnlessPermitted = true});
        actions.placeInMenu(Menu::Administration, 0, made);
        return made;
    };
    connect(entry("actionUsers", tr("&Users…"), domain::Action::ManageUsers), &QAction::triggered,
            this, &AdminController::openUsers);
    connect(entry("actionBackups", tr("&Backups…"), domain::Action::ManageBackups),
            &QAction::triggered, this, &AdminController::openBackups);
    connect(entry("actionAuditLog", tr("&Audit Log…"), domain::Action::ReadAudit),
            &QAction::triggered, this, &AdminController::openAuditLog);

    m_backupScheduler = new BackupScheduler(this);
    connect(m_backupScheduler, &BackupScheduler::backedUp, this, [this](const QString& path) {
        m_context.showStatus(tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(path)),
                             10000);
    });
    connect(m_backupScheduler, &BackupScheduler::failed, this, [this](const QString& message) {
        m_context.showStatus(tr("The automatic backup failed: %1").arg(message), 30000);
    });
    connect(&m_context, &WorkspaceContext::opened, this,
            [this] { m_backupScheduler->start(*m_context.workspace()); });
    connect(&m_context, &WorkspaceContext::closing, this, [this] {
        m_backupScheduler->stop();
        closeWindows();
    });
}

AuditLogDialog* AdminController::openAuditLog() {
    if (!m_context.workspace())
        return nullptr;
    return showToolDialog<AuditLogDialog>(m_auditDialog, [this] {
        return new AuditLogDialog(*m_context.workspace(), m_context.window());
    });
}

BackupsDialog* AdminController::openBackups() {
    if (!m_context.workspace())
        return nullptr;
    return showToolDialog<BackupsDialog>(m_backupsDialog, [this] {
        auto* dialog = new BackupsDialog(*m_context.workspace(), m_context.window());
        connect(dialog, &BackupsDialog::restoreRequested, this, &AdminController::restoreBackup);
        return dialog;
    });
}

UsersDialog* AdminController::openUsers() {
    if (!m_context.workspace())
        return nullptr;
    return showToolDialog<UsersDialog>(m_usersDialog, [this] {
        return new UsersDialog(
            *m_context.workspace(),
            [this](const QString& title, UsersDialog::KeyJob job,
                   std::function<void(Status)> done) {
                runKeyJob(title, std::move(job), std::move(done));
            },
            m_context.window());
    });
}

void AdminController::closeWindows() {
    // They use the workspace about to close.
    delete m_auditDialog;
    delete m_backupsDialog;
    delete m_usersDialog;
}

void AdminController::afterScheduledBackup(std::function<void()> next) {
    // A backup under way would write its audit row with the data key of its
    // start, so a job that replaces the key or the whole file waits for it.
    m_backupScheduler->stop();
    if (!m_backupScheduler->isChecking())
        return next();
    connect(m_backupScheduler, &BackupScheduler::checked, this, std::move(next),
            Qt::SingleShotConnection);
}

void AdminController::runKeyJob(const QString& title, UsersDialog::KeyJob job,
                                std::function<void(Status)> done) {
    afterScheduledBackup([this, title, job = std::move(job), done = std::move(done)] {
        // The views' own connections read with the old key: they close for
        // the job and open again under the new one.
        m_context.suspend(tr("Re-encrypting personal data under a new key. The customers return "
                             "when it is done."));
        auto opened = m_context.workspace()->openWorker();
        if (!opened) {
            m_context.resume();
            return done(opened.error());
        }
        std::shared_ptr<domain::Workspace> worker = std::move(*opened);
        BackgroundTask* task = BackgroundTask::start<Status>(
            m_context.window(), title,
            [worker, job](const domain::JobControl& control) { return job(*worker, control); },
            [this, worker, done](Status result) {
                // The job's connection holds the key it made; this one moves to it.
                if (result)
                    result = m_context.workspace()->replaceDataKey(worker->session().dataKey);
                m_context.resume();
                m_backupScheduler->start(*m_context.workspace());
                done(result);
            });
        // Re-keying is one transaction that must not stop halfway.
        task->dialog()->setCancelButton(nullptr);
        task->dialog()->setRange(0, 0);
    });
}

void AdminController::restoreBackup(const QString& backupPath, const QString& password) {
    if (!m_context.workspace())
        return;
    // The restored file has its own users and key: everyone signs in again.
    for (QDialog* dialog : {static_cast<QDialog*>(m_auditDialog.data()),
                            static_cast<QDialog*>(m_backupsDialog.data()),
                            static_cast<QDialog*>(m_usersDialog.data())})
        if (dialog)
            dialog->hide();
    afterScheduledBackup([this, backupPath, password] {
        m_context.suspend(
            tr("Restoring the database from %1.").arg(QDir::toNativeSeparators(backupPath)));
        auto opened = m_context.workspace()->openWorker();
        if (!opened) {
            showError(m_context.window(), tr("Restore From Backup"), opened.error());
            m_context.resume();
            m_backupScheduler->start(*m_context.workspace());
            return emit restoreFinished(false);
        }
        std::shared_ptr<domain::Workspace> worker = std::move(*opened);
        using RestoreResult = Result<domain::BackupInfo>;
        BackgroundTask* task = BackgroundTask::start<RestoreResult>(
            m_context.window(), tr("Restore From Backup"),
            [worker, file = ss(backupPath), typed = ss(password)](const domain::JobControl& job) {
                job.report(0, tr("Checking the backup, then restoring it").toStdString());
                return domain::MaintenanceService(*worker).restore(file, typed);
            },
            [this, worker, backupPath, password](RestoreResult result) {
                if (!result) {
                    showError(m_context.window(), tr("Restore From Backup"), result.error());
                    m_context.resume();
                    m_backupScheduler->start(*m_context.workspace());
                    return emit restoreFinished(false);
                }
                const QString path = qs(m_context.workspace()->databasePath());
                const std::string username = m_context.workspace()->session().username;
                m_context.close();
                signInAgain(path, username, ss(password), backupPath);
            });
        task->dialog()->setCancelButton(nullptr);
        task->dialog()->setRange(0, 0);
    });
}

void AdminController::signInAgain(const QString& path, const std::string& username,
                                  const std::string& password, const QString& restoredFrom) {
    // The password was just confirmed against the backup too, so signing in
    // to the restored file with it normally succeeds; otherwise the user does.
    runAsync<WorkspaceResult>(
        this,
        [file = ss(path), username, password]() -> WorkspaceResult {
            auto opened = domain::WorkspaceSetup::open(file);
            if (!opened)
                return opened.error();
            TESSERA_TRY((*opened)->login(username, password));
            return opened;
        },
        [this, path, restoredFrom](WorkspaceResult result) {
            if (!result) {
                emit signInRequested(path);
                return emit restoreFinished(false);
            }
            m_context.open(std::move(*result));
            showMessage(m_context.window(), QMessageBox::Information, tr("Restore From Backup"),
                        tr("The database was restored from %1. Its state before the restore was "
                           "saved to the backups folder.")
                            .arg(QDir::toNativeSeparators(restoredFrom)));
            emit restoreFinished(true);
        });
}

} // namespace tessera::app
