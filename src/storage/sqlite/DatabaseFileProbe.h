#pragma once

// Inspects a database file before SQLite touches it, so that a file we must
// refuse (not SQLite, not Tessera, newer schema, truncated, read-only) is
// reported clearly and left byte-for-byte unchanged.

#include "common/Result.h"

#include <cstdint>
#include <string>

namespace tessera::storage {

struct DatabaseFileInfo {
    std::uint32_t pageSize = 0;
    std::uint32_t pageCount = 0;   // as recorded in the header, 0 when not valid
    std::uint32_t userVersion = 0; // Tessera's schema version
    std::uint32_t applicationId = 0;
    std::uint64_t fileSize = 0;
};

// The application id Tessera writes into every database header ("TESS").
inline constexpr std::uint32_t kTesseraApplicationId = 0x54455353;

// Reads and checks the header of an existing file. `latestSchema` is the newest
// schema this build understands; `needWrite` also checks the file and its
// folder can be written (WAL needs sidecar files next to the database).
Result<DatabaseFileInfo> probeDatabaseFile(const std::string& path, int latestSchema,
                                           bool needWrite);

// Checks that a new database can be created at `path`.
Status probeNewDatabaseLocation(const std::string& path);

} // namespace tessera::storage
