#pragma once

// The tables of a Tessera file that a server copy carries, with their columns
// and primary keys, read from the file's own schema so that a table added by
// a later migration is carried without a change here. Engine-internal and
// derived tables stay behind: sqlite_*, and full-text indexes with their
// shadow tables (the server builds its own search).

#include "common/Result.h"

#include <string>
#include <vector>

namespace tessera::storage {

class Database;

// How a column's values travel: its declared type in the file, and the
// type of its twin on the server (bigint, double precision, text, bytea).
enum class ColumnClass { Integer, Real, Text, Blob };

struct TableColumn {
    std::string name;
    ColumnClass type = ColumnClass::Text;
};

struct FileTable {
    std::string name;
    std::vector<TableColumn> columns;
    std::vector<std::string> primaryKey; // in key order
    // An `id INTEGER PRIMARY KEY`: an identity column on the server, whose
    // sequence must continue after the copied ids.
    bool hasIdentity = false;

    std::string columnList() const; // "a, b, c"
};

Result<std::vector<FileTable>> listFileTables(Database& file);

// The highest id the file has handed out for an AUTOINCREMENT table (which
// may be above the largest id still present), or 0.
Result<std::int64_t> fileSequence(Database& file, const std::string& table);

} // namespace tessera::storage
