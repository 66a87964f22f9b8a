#pragma once

// The Administration menu (administrators only): users and their key jobs,
// backups and restoring one, the audit log; and the scheduled backups made
// while a database is open.

#include "app/admin/UsersDialog.h"
#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <QPointer>

namespace tessera::app {

class AuditLogDialog;
class BackupScheduler;
class BackupsDialog;

class AdminController : public QObject {
    Q_OBJECT

public:
    AdminController(WorkspaceContext& context, ActionRegistry& actions);

    // The windows (shown to administrators only; the domain refuses everyone else anyway).
    AuditLogDialog* openAuditLog();
    BackupsDialog* openBackups();
    UsersDialog* openUsers();
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }

signals:
    // A restore has finished: ok once the restored database is open again.
    void restoreFinished(bool ok);
    // The restored database could not be opened with the same password: the
    // user signs in to it by hand.
    void signInRequested(const QString& path);

private:
    void closeWindows();
    void afterScheduledBackup(std::function<void()> next);
    void runKeyJob(const QString& title, UsersDialog::KeyJob job, std::function<void(Status)> done);
    void restoreBackup(const QString& backupPath, const QString& password);
    void signInAgain(const QString& path, const std::string& username, const std::string& password,
                     const QString& restoredFrom);

    WorkspaceContext& m_context;
    BackupScheduler* m_backupScheduler = nullptr;
    QPointer<AuditLogDialog> m_auditDialog;
    QPointer<BackupsDialog> m_backupsDialog;
    QPointer<UsersDialog> m_usersDialog;
};

} // namespace tessera::app
