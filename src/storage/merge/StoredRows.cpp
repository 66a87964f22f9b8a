#include "storage/merge/StoredRows.h"

namespace tessera::storage {

namespace {

std::string quoted(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

// Runs `sql` once per row with the row's values bound as ?1, ?2 ...; with
// `exactlyOne`, a run that changes no row is a Conflict (the row is gone).
Status runPerRow(Database& db, const std::string& sql, const StoredRows& rows, bool exactlyOne) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (const auto& row : rows.rows) {
        stmt->reset();
        for (std::size_t c = 0; c < row.size(); ++c)
            bindStored(*stmt, static_cast<int>(c + 1), row[c]);
        TESSERA_TRY(stmt->run());
        if (exactlyOne && db.changes() != 1)
            return makeError(ErrorCode::Conflict,
                             "A row of " + rows.table + " to restore is no longer there.");
    }
    return {};
}

} // namespace

int StoredRows::columnIndex(std::string_view column) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == column)
            return static_cast<int>(i);
    return -1;
}

void bindStored(Statement& statement, int index, const StoredValue& value) {
    switch (value.type) {
    case StoredValue::Type::Null: statement.bindNull(index); break;
    case StoredValue::Type::Integer: statement.bind(index, value.integer); break;
    case StoredValue::Type::Real: statement.bind(index, value.real); break;
    case StoredValue::Type::Text: statement.bind(index, std::string_view(value.bytes)); break;
    case StoredValue::Type::Blob: {
        const auto* data = reinterpret_cast<const std::uint8_t*>(value.bytes.data());
        statement.bindBlob(index, std::span<const std::uint8_t>(data, value.bytes.size()));
        break;
    }
    }
}

StoredValue readStored(const Statement& statement, int column) {
    StoredValue value;
    switch (statement.columnType(column)) {
    case Statement::ColumnType::Integer:
        value.type = StoredValue::Type::Integer;
        value.integer = statement.int64(column);
        break;
    case Statement::ColumnType::Real:
        value.type = StoredValue::Type::Real;
        value.real = statement.real(column);
        break;
    case Statement::ColumnType::Text:
        value.type = StoredValue::Type::Text;
        value.bytes.assign(statement.textView(column));
        break;
    case Statement::ColumnType::Blob: {
        value.type = StoredValue::Type::Blob;
        const std::vector<std::uint8_t> blob = statement.blob(column);
        value.bytes.assign(blob.begin(), blob.end());
        break;
    }
    case Statement::ColumnType::Null: break;
    }
    return value;
}

Result<StoredRows> captureRows(Database& db, std::string_view table, std::string_view columns,
                               std::string_view where, std::span<const std::int64_t> params) {
    std::string sql = "SELECT ";
    sql.append(columns).append(" FROM ").append(table).append(" WHERE ").append(where);
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (std::size_t i = 0; i < params.size(); ++i)
        stmt->bind(static_cast<int>(i + 1), params[i]);
    StoredRows rows;
    rows.table = std::string(table);
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        const int count = s.columnCount();
        std::vector<StoredValue>& row = rows.rows.emplace_back();
        row.reserve(static_cast<std::size_t>(count));
        for (int c = 0; c < count; ++c)
            row.push_back(readStored(s, c));
    }));
    // After the run: a server's statement knows its columns only then.
    for (int c = 0; c < stmt->columnCount(); ++c)
        rows.columns.push_back(stmt->columnName(c));
    return rows;
}

Status insertRows(Database& db, const StoredRows& rows) {
    if (rows.rows.empty())
        return {};
    std::string sql = "INSERT INTO " + rows.table + " (";
    std::string values;
    for (std::size_t c = 0; c < rows.columns.size(); ++c) {
        sql += (c ? ", " : "") + quoted(rows.columns[c]);
        values += c ? ", ?" : "?";
    }
    sql += ") VALUES (" + values + ")";
    return runPerRow(db, sql, rows, false);
}

Status overwriteRows(Database& db, const StoredRows& rows, std::string_view keyColumn) {
    const int key = rows.columnIndex(keyColumn);
    if (key < 0)
        return makeError(ErrorCode::Internal,
                         "overwriteRows: the capture of " + rows.table + " lacks its key");
    if (rows.rows.empty())
        return {};
    std::string sql = "UPDATE " + rows.table + " SET ";
    bool first = true;
    for (std::size_t c = 0; c < rows.columns.size(); ++c) {
        if (static_cast<int>(c) == key)
            continue;
        sql += (first ? "" : ", ") + quoted(rows.columns[c]) + " = ?" + std::to_string(c + 1);
        first = false;
    }
    sql += " WHERE " + quoted(keyColumn) + " = ?" + std::to_string(key + 1);
    return runPerRow(db, sql, rows, true);
}

} // namespace tessera::storage
