#pragma once

// A hash of everything a database holds, table by table, for proving that an
// undo gives back exactly the state before: every table in sqlite_master but
// audit_log (undo adds its own rows there) and two settings that move on
// their own: the audit chain's head (audit_head, with every audit row) and
// last_backup_at (the window's automatic backup, on a worker thread, may
// finish at any moment of a test); read as stored (storage class and bytes)
// in key order. An FTS5 table is hashed by its content (rowid and
// columns), not by its shadow tables, whose b-tree segments depend on the
// order of writes rather than on what is indexed. On a team server, every
// table of the schema, each read in the order of all its columns.

#include "storage/merge/StoredRows.h"
#include "storage/sqlite/Database.h"

#include <QCryptographicHash>
#include <bit>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace tessera::test {

// Each table and the query that reads it in a stable order.
inline std::vector<std::pair<std::string, std::string>> fileTableQueries(storage::Database& db) {
    auto tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name");
    if (!tables)
        throw std::runtime_error(tables.error().message);
    std::vector<std::pair<std::string, std::string>> list;
    (void)tables->forEachRow([&](const storage::Statement& s) {
        list.emplace_back(s.text(0), s.isNull(1) ? std::string() : s.text(1));
    });
    std::vector<std::string> virtualTables;
    for (const auto& [name, sql] : list)
        if (sql.rfind("CREATE VIRTUAL TABLE", 0) == 0)
            virtualTables.push_back(name);
    std::vector<std::pair<std::string, std::string>> queries;
    for (const auto& [name, sql] : list) {
        bool shadow = false;
        for (const std::string& v : virtualTables)
            shadow = shadow || (name != v && name.rfind(v + "_", 0) == 0);
        if (shadow)
            continue;
        const bool withoutRowid = sql.find("WITHOUT ROWID") != std::string::npos;
        std::string query;
        if (withoutRowid) {
            auto columns = db.queryInt64("SELECT count(*) FROM pragma_table_info('" + name + "')");
            if (!columns)
                throw std::runtime_error(columns.error().message);
            const std::string where =
                name == "settings" ? " WHERE key NOT IN ('audit_head', 'last_backup_at')" : "";
            query = "SELECT * FROM \"" + name + "\"" + where + " ORDER BY 1";
            for (std::int64_t c = 2; c <= *columns; ++c)
                query += ", " + std::to_string(c);
        } else {
            query = "SELECT rowid, * FROM \"" + name + "\" ORDER BY rowid";
        }
        queries.emplace_back(name, query);
    }
    return queries;
}

// The same on a team server (read as its owner): the schema's tables, each
// ordered by all its columns.
inline std::vector<std::pair<std::string, std::string>> serverTableQueries(storage::Database& db) {
    auto tables = db.prepare("SELECT t.tablename, (SELECT count(*) FROM information_schema.columns "
                             "c WHERE c.table_schema = 'public' AND c.table_name = t.tablename) "
                             "FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename "
                             "NOT IN ('audit_log', 'schema_migrations') ORDER BY 1");
    if (!tables)
        throw std::runtime_error(tables.error().message);
    std::vector<std::pair<std::string, std::string>> queries;
    (void)tables->forEachRow([&](const storage::Statement& s) {
        const std::string name = s.text(0);
        const std::string where =
            name == "settings" ? " WHERE key NOT IN ('audit_head', 'last_backup_at')" : "";
        std::string query = "SELECT * FROM \"" + name + "\"" + where + " ORDER BY 1";
        for (std::int64_t c = 2; c <= s.int64(1); ++c)
            query += ", " + std::to_string(c);
        queries.emplace_back(name, query);
    });
    return queries;
}

inline std::map<std::string, std::string> tableHashes(storage::Database& db) {
    std::map<std::string, std::string> hashes;
    for (const auto& [name, query] :
         db.isServer() ? serverTableQueries(db) : fileTableQueries(db)) {
        auto stmt = db.prepare(query);
        if (!stmt)
            throw std::runtime_error(stmt.error().message);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        std::int64_t rows = 0;
        (void)stmt->forEachRow([&](const storage::Statement& s) {
            ++rows;
            for (int c = 0; c < s.columnCount(); ++c) {
                const storage::StoredValue v = storage::readStored(s, c);
                const char type = static_cast<char>('0' + static_cast<int>(v.type));
                hash.addData(QByteArrayView(&type, 1));
                const std::string payload =
                    v.type == storage::StoredValue::Type::Integer ? std::to_string(v.integer)
                    : v.type == storage::StoredValue::Type::Real
                        ? std::to_string(std::bit_cast<std::uint64_t>(v.real))
                        : v.bytes;
                const std::string length = std::to_string(payload.size()) + ":";
                hash.addData(QByteArrayView(length.data(), static_cast<qsizetype>(length.size())));
                hash.addData(
                    QByteArrayView(payload.data(), static_cast<qsizetype>(payload.size())));
            }
            hash.addData(QByteArrayView("\n", 1));
        });
        hashes[name] = std::to_string(rows) + " rows " + hash.result().toHex().toStdString();
    }
    return hashes;
}

// One hash over every table's.
inline std::string contentHash(storage::Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& [table, h] : tableHashes(db)) {
        hash.addData(QByteArray::fromStdString(table + "=" + h + "\n"));
    }
    return hash.result().toHex().toStdString();
}

} // namespace tessera::test
