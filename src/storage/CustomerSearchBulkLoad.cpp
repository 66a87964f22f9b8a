#include "storage/CustomerSearchBulkLoad.h"

namespace tessera::storage {
namespace {

// The triggers that index new rows (resources/migrations/0001_initial.sql).
constexpr const char* kInsertTriggers[] = {"contacts_search_insert", "customers_search_insert"};

} // namespace

Result<CustomerSearchBulkLoad> CustomerSearchBulkLoad::begin(Database& db) {
    auto stmt = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
    if (!stmt)
        return stmt.error();
    std::vector<std::string> triggers;
    for (const char* name : kInsertTriggers) {
        stmt->reset();
        stmt->bind(1, name);
        auto sql = stmt->first([](const Statement& s) { return s.text(0); });
        if (!sql)
            return sql.error();
        if (!*sql)
            return makeError(ErrorCode::Corrupt, std::string("the search index trigger ") + name +
                                                     " is missing; restore the database from a "
                                                     "backup");
        triggers.push_back(std::move(**sql));
        TESSERA_TRY(db.exec(std::string("DROP TRIGGER ") + name));
    }
    return CustomerSearchBulkLoad(db, std::move(triggers));
}

Status CustomerSearchBulkLoad::finish(std::int64_t firstId) {
    // The same rows the triggers would have written.
    auto index = m_db->prepare(
        "INSERT INTO customer_search (rowid, name, code, contacts) "
        "SELECT c.id, c.name, c.code, coalesce((SELECT group_concat(name, ' ') FROM contacts "
        "WHERE customer_id = c.id), '') FROM customers c WHERE c.id >= ? ORDER BY c.id");
    if (!index)
        return index.error();
    index->bind(1, firstId);
    TESSERA_TRY(index->run());
    for (const std::string& sql : m_triggers)
        TESSERA_TRY(m_db->exec(sql));
    m_triggers.clear();
    return {};
}

} // namespace tessera::storage
