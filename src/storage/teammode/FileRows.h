#pragma once

// Reading a table of a Tessera file value by value, each value already in
// the form its server column takes (FileTables.h): the copy and the check
// read through here, so what is checked is what was sent.

#include "common/Result.h"
#include "storage/teammode/FileTables.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace tessera::storage {

class Database;
class Statement;

struct FileValue {
    enum class Kind {
        Null,
        Integer,
        Real,
        Bytes,    // text, or a blob's bytes
        Mismatch, // a value the column's server type cannot hold (SQLite types per value)
    };
    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string_view bytes; // Bytes and Mismatch: valid until the next row
};

FileValue fileValue(Statement& row, int column, ColumnClass type);

// Visits every row of `table` with its columns in order; ordered by the
// primary key (in byte order for text, as on the server with COLLATE "C")
// when `byKey`. `visit` returns false to stop early.
Status forEachFileRow(Database& file, const FileTable& table, bool byKey,
                      const std::function<bool(Statement&)>& visit);

} // namespace tessera::storage
