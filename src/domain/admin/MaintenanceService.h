#pragma once

// Keeping a database safe: backups (on demand, on a schedule, before
// migrations and restores) with a retention count, verified restores, the
// integrity check (file, foreign keys, audit chain), and rotation of the data
// key that protects personal data.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/admin/AuditChain.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

struct BackupInfo {
    std::string path;
    std::int64_t bytes = 0;
    std::int64_t modifiedAt = 0; // ms
};

struct CheckReport {
    std::vector<std::string> problems; // file and foreign keys
    storage::AuditVerification audit;
    bool ok() const { return problems.empty() && audit.intact; }
};

class MaintenanceService {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceService)

public:
    static constexpr int kDefaultRetention = 7;
    static constexpr int kDefaultIntervalHours = 24;

    explicit MaintenanceService(Workspace& workspace) : m_ws(workspace) {}

    // Backs up to `destination`, or to the backups folder next to the
    // database (pruned to the retention count) when it is empty.
    Result<BackupInfo> backup(const std::string& destination = {});
    Result<std::vector<BackupInfo>> backups(); // newest first
    // The automatic backup, when the last one is older than the interval.
    Result<std::optional<BackupInfo>> backupIfDue();

    Result<CheckReport> check();

    // Checks the backup (integrity, foreign keys, and its audit chain, signing
    // in to it as the current user with `password`), backs up the current
    // state, then replaces the database's content with the backup's.
    Result<BackupInfo> restore(const std::string& backupPath, const std::string& password);

    // A new data key: every encrypted field, lookup hash and the audit chain
    // re-made under it, and sealed to every user. Returns the fields
    // re-encrypted. One transaction; `job` hears progress (it cannot be
    // cancelled halfway: a removed user's key must not survive).
    Result<std::int64_t> rotateDataKey(const JobControl& job = {});

    static std::string backupFolder(const std::string& databasePath);
    // Backs up an open database about to be migrated (used by Workspace::open).
    static Status backupBeforeMigration(storage::Database& db, int fromVersion);

private:
    Status requireFile() const;
    Status prune(const std::string& folder, int keep);
    Result<BackupInfo> makeBackup(const std::string& destination);
    Workspace& m_ws;
};

} // namespace tessera::domain
