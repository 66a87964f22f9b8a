#include "storage/sqlite/DatabaseMaintenance.h"

#include "storage/sqlite/DatabaseFileProbe.h"
#include "storage/sqlite/SqliteError.h"

#include <filesystem>
#include <sqlite3.h>

namespace tessera::storage {
namespace {

constexpr int kPagesPerStep = 4096;
constexpr int kBusyRetryMs = 50;

// Copies `from` into `to` a few thousand pages at a time, so other
// connections are not shut out for the whole copy.
Status copyPages(sqlite3* to, sqlite3* from, const std::string& what) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqliteError(to, sqlite3_errcode(to), what);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(kBusyRetryMs);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(to, rc, what);
    if (finished != SQLITE_OK)
        return sqliteError(to, finished, what);
    return {};
}

} // namespace

Status backupDatabase(Database& source, const std::string& destination) {
    TESSERA_TRY(probeNewDatabaseLocation(destination));
    sqlite3* target = nullptr;
    const int rc = sqlite3_open_v2(destination.c_str(), &target,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(target, rc, "creating the backup " + destination);
        sqlite3_close_v2(target);
        return error;
    }
    Status copied = copyPages(target, source.handle(), "backing up to " + destination);
    // A backup is a plain single file: no WAL beside it.
    if (copied)
        copied = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                         SQLITE_OK
                     ? Status{}
                     : sqliteError(target, sqlite3_errcode(target), "finishing the backup");
    sqlite3_close_v2(target);
    if (!copied)
        std::filesystem::remove(destination);
    return copied;
}

Status restoreDatabase(Database& target, const std::string& source) {
    sqlite3* from = nullptr;
    const int rc = sqlite3_open_v2(source.c_str(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(from, rc, "opening the backup " + source);
        sqlite3_close_v2(from);
        return error;
    }
    Status restored = copyPages(target.handle(), from, "restoring from " + source);
    sqlite3_close_v2(from);
    return restored;
}

Result<IntegrityReport> checkIntegrity(Database& db) {
    IntegrityReport report;
    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    TESSERA_TRY(integrity->forEachRow([&](const Statement& s) {
        if (s.text(0) != "ok")
            report.problems.push_back("integrity: " + s.text(0));
    }));
    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (!keys)
        return keys.error();
    TESSERA_TRY(keys->forEachRow([&](const Statement& s) {
        report.problems.push_back("foreign key: row " + std::to_string(s.int64(1)) + " of " +
                                  s.text(0) + " refers to a missing row of " + s.text(2));
    }));
    return report;
}

} // namespace tessera::storage
