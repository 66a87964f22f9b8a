#pragma once

// Rows captured exactly as SQLite stores them (every column, ciphertext bytes
// untouched) and put back later: what undo needs to restore a prior state
// without knowing what the columns mean. A set of captures serialises to a
// compact byte string (RowJournal) for a BLOB column.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

// One stored value with its SQLite storage class.
struct StoredValue {
    enum class Type : std::uint8_t { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };
    Type type = Type::Null;
    std::int64_t integer = 0;
    double real = 0;
    std::string bytes; // Text (UTF-8) or Blob

    bool operator==(const StoredValue&) const = default;
};

// Rows of one table (or one query over it): column names and values.
struct StoredRows {
    std::string table;
    std::vector<std::string> columns;
    std::vector<std::vector<StoredValue>> rows;

    bool empty() const { return rows.empty(); }
    // The column's position, or -1.
    int columnIndex(std::string_view column) const;
};

// `SELECT <columns> FROM <table> WHERE <where>` with `params` bound as
// integers (?1, ?2 ...). `columns` is "*" or a list; names come from SQLite.
Result<StoredRows> captureRows(Database& db, std::string_view table, std::string_view columns,
                               std::string_view where, std::span<const std::int64_t> params);

// Inserts every row as captured (INSERT INTO table (columns) VALUES ...).
Status insertRows(Database& db, const StoredRows& rows);

// Overwrites existing rows in place, matched on `keyColumn` (which must be in
// the capture), setting every other captured column; fails with Conflict when
// a row is no longer there. UPDATE, not REPLACE: a REPLACE deletes first, and
// that would cascade to the row's children.
Status overwriteRows(Database& db, const StoredRows& rows, std::string_view keyColumn);

// Binds `value` to parameter `index`.
void bindStored(Statement& statement, int index, const StoredValue& value);
// Reads column `column` of the current row as stored.
StoredValue readStored(const Statement& statement, int column);

} // namespace tessera::storage
