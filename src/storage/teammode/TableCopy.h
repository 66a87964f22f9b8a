#pragma once

// Copying one table of a Tessera file to the same table on a server with
// COPY, in the caller's server transaction, and continuing the server's id
// sequence after the copied ids.

#include "common/Result.h"
#include "storage/teammode/FileTables.h"

#include <cstdint>
#include <functional>

namespace tessera::storage {

class Database;
class ServerConnection;

// Called every few thousand rows with the rows sent so far; false stops the
// copy (Cancelled).
using CopyProgress = std::function<bool(std::int64_t rowsSent)>;

Result<std::int64_t> copyTableToServer(Database& file, ServerConnection& server,
                                       const FileTable& table, const CopyProgress& progress);

// Sets the identity sequence of `table` so the next id is above both the
// largest copied id and `handedOut` (an AUTOINCREMENT table's high-water mark).
Status continueServerIds(ServerConnection& server, const FileTable& table, std::int64_t handedOut);

} // namespace tessera::storage
