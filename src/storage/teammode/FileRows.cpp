#include "storage/teammode/FileRows.h"

#include "storage/sqlite/Database.h"

#include <sqlite3.h>

namespace tessera::storage {
namespace {

std::string_view textOf(Statement& row, int column) {
    const auto* data = sqlite3_column_text(row.handle(), column);
    const int size = sqlite3_column_bytes(row.handle(), column);
    return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

std::string_view blobOf(Statement& row, int column) {
    const auto* data = sqlite3_column_blob(row.handle(), column);
    const int size = sqlite3_column_bytes(row.handle(), column);
    return {static_cast<const char*>(data), static_cast<std::size_t>(size)};
}

} // namespace

FileValue fileValue(Statement& row, int column, ColumnClass type) {
    const int stored = sqlite3_column_type(row.handle(), column);
    FileValue v;
    if (stored == SQLITE_NULL)
        return v;
    switch (type) {
    case ColumnClass::Integer:
        if (stored == SQLITE_INTEGER) {
            v.kind = FileValue::Kind::Integer;
            v.integer = sqlite3_column_int64(row.handle(), column);
        } else {
            v.kind = FileValue::Kind::Mismatch;
            v.bytes = textOf(row, column);
        }
        return v;
    case ColumnClass::Real:
        if (stored == SQLITE_INTEGER || stored == SQLITE_FLOAT) {
            v.kind = FileValue::Kind::Real;
            v.real = sqlite3_column_double(row.handle(), column);
        } else {
            v.kind = FileValue::Kind::Mismatch;
            v.bytes = textOf(row, column);
        }
        return v;
    case ColumnClass::Text:
        // A number in a text column travels as SQLite's text for it.
        v.kind = stored == SQLITE_BLOB ? FileValue::Kind::Mismatch : FileValue::Kind::Bytes;
        v.bytes = textOf(row, column);
        return v;
    case ColumnClass::Blob:
        v.kind = FileValue::Kind::Bytes;
        v.bytes = stored == SQLITE_BLOB ? blobOf(row, column) : textOf(row, column);
        return v;
    }
    return v;
}

Status forEachFileRow(Database& file, const FileTable& table, bool byKey,
                      const std::function<bool(Statement&)>& visit) {
    std::string sql = "SELECT " + table.columnList() + " FROM " + table.name;
    if (byKey && !table.primaryKey.empty()) {
        sql += " ORDER BY ";
        for (std::size_t i = 0; i < table.primaryKey.size(); ++i)
            sql += (i ? ", " : "") + table.primaryKey[i] + " COLLATE BINARY";
    }
    auto rows = file.prepare(sql);
    if (!rows)
        return rows.error();
    for (;;) {
        auto more = rows->step();
        if (!more)
            return more.error();
        if (!*more || !visit(*rows))
            return {};
    }
}

} // namespace tessera::storage
