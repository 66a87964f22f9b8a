#include "storage/teammode/BulkLoadWindow.h"

#include "storage/postgres/ServerConnection.h"

namespace tessera::storage {

Result<BulkLoadWindow> BulkLoadWindow::open(ServerConnection& server) {
    BulkLoadWindow window(server);
    auto keys = server.query(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY oid");
    if (!keys)
        return keys.error();
    // Indexes that back no constraint (primary keys and unique constraints
    // stay: the load relies on them to refuse duplicates).
    auto indexes = server.query(
        "SELECT c.relname, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisunique "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
        "ORDER BY i.indexrelid");
    if (!indexes)
        return indexes.error();
    for (int r = 0; r < keys->size(); ++r) {
        Definition d{std::string(keys->text(r, 0)), std::string(keys->text(r, 1)),
                     std::string(keys->text(r, 2))};
        TESSERA_TRY(server.exec("ALTER TABLE " + d.table + " DROP CONSTRAINT " +
                                server.quoteIdentifier(d.name)));
        window.m_foreignKeys.push_back(std::move(d));
    }
    for (int r = 0; r < indexes->size(); ++r) {
        Definition d{std::string(indexes->text(r, 0)), std::string(indexes->text(r, 1)),
                     std::string(indexes->text(r, 2))};
        TESSERA_TRY(server.exec("DROP INDEX " + d.name));
        window.m_indexes.push_back(std::move(d));
    }
    return window;
}

Status BulkLoadWindow::close() {
    for (const auto& index : m_indexes)
        TESSERA_TRY(m_server->exec(index.sql));
    for (const auto& key : m_foreignKeys) {
        auto added = m_server->exec("ALTER TABLE " + key.table + " ADD CONSTRAINT " +
                                    m_server->quoteIdentifier(key.name) + " " + key.sql);
        if (!added)
            return makeError(added.error().code, "the copied rows of " + key.table +
                                                     " break a reference (" + key.sql +
                                                     "): " + added.error().message);
    }
    m_foreignKeys.clear();
    m_indexes.clear();
    return {};
}

} // namespace tessera::storage
