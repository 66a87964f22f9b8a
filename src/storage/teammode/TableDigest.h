#pragma once

// A table's row count and content hash, computed the same way from the file
// and from the server: rows in primary-key order, each value tagged with its
// kind and length-prefixed, through BLAKE2b-256. Equal digests mean equal
// tables, value for value.

#include "common/Result.h"
#include "storage/teammode/FileTables.h"

#include <cstdint>
#include <string>

namespace tessera::storage {

class Database;
class ServerConnection;

struct TableDigest {
    std::int64_t rows = 0;
    std::string hash; // 64 hex digits

    bool operator==(const TableDigest&) const = default;
};

Result<TableDigest> fileTableDigest(Database& file, const FileTable& table);
Result<TableDigest> serverTableDigest(ServerConnection& server, const FileTable& table);

} // namespace tessera::storage
