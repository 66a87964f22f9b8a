#pragma once

// Whole-file operations: online backup and restore through SQLite's backup
// API (consistent copies while others keep working), and integrity checks.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <string>
#include <vector>

namespace tessera::storage {

// Copies the open database to a new file at `destination` (which must not exist).
Status backupDatabase(Database& source, const std::string& destination);

// Replaces the content of the open database `target` with the file at `source`.
Status restoreDatabase(Database& target, const std::string& source);

struct IntegrityReport {
    std::vector<std::string> problems; // empty when the file is sound
};

// PRAGMA integrity_check and foreign_key_check.
Result<IntegrityReport> checkIntegrity(Database& db);

} // namespace tessera::storage
