#include "storage/rights/ErasureRepository.h"

#include "storage/customers/SearchKeyIndex.h"
#include "storage/sqlite/IdList.h"
#include "storage/sqlite/SqliteError.h"

#include <sqlite3.h>

namespace tessera::storage {
namespace {

// What the erasure clears beside the customer row, all keyed by customer_id
// (?1). Free text anyone typed about the person goes; the kind, day, channel,
// amounts and states of each row stay, so figures keep counting them. Every
// personal column of kPersonalDataColumns is here or in the customer row.
constexpr const char* kClearStatements[] = {
    "DELETE FROM contacts WHERE customer_id = ?1",
    "UPDATE interactions SET notes = NULL, outcome = '' WHERE customer_id = ?1",
    "UPDATE survey_responses SET comment = NULL WHERE customer_id = ?1",
    "UPDATE tickets SET subject = '', description = NULL WHERE customer_id = ?1",
    "UPDATE follow_ups SET note = '' WHERE customer_id = ?1",
    "UPDATE consent_events SET source = '' WHERE customer_id = ?1",
    // The check asks for a reason; the override itself (a stage, until a day) stays.
    "UPDATE standing_overrides SET reason = '-' WHERE customer_id = ?1",
};

Result<std::vector<std::int64_t>> mergesHolding(Database& db, std::int64_t customerId) {
    // A merge journal holds both customers' rows as they were. The person's
    // data is in every merge into this customer and, transitively, in the
    // merges into the customers merged into it.
    auto stmt =
        db.prepare("WITH RECURSIVE held(id) AS (SELECT ?1 UNION "
                   "SELECT m.from_id FROM customer_merges m JOIN held ON m.into_id = held.id) "
                   "SELECT id FROM customer_merges WHERE into_id IN (SELECT id FROM held) "
                   "OR from_id = ?1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](Statement& s) { return s.int64(0); });
}

Status runFor(Database& db, const char* sql, std::int64_t customerId) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->run();
}

ErasureRecord readErasure(Statement& s) {
    ErasureRecord r;
    r.id = s.int64(0);
    r.customerId = s.int64(1);
    r.erasedBy = s.optionalInt64(2);
    r.erasedAt = s.int64(3);
    r.reason = s.text(4);
    return r;
}

// SQLite's URI form of a file name, so an immutable read-only open is possible
// whatever characters the path holds.
std::string fileUri(const std::string& path) {
    std::string uri = "file:";
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : path) {
        if (c == '?' || c == '#' || c == '%' || c < 0x20) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?immutable=1";
}

} // namespace

SecureDeleteScope::SecureDeleteScope(Database& db) : m_db(db) {
    if (db.isServer()) // nothing to set: see scrubFile
        return;
    auto previous = db.queryInt64("PRAGMA secure_delete");
    if (!previous) {
        m_status = previous.error();
        return;
    }
    m_previous = *previous;
    m_status = db.exec("PRAGMA secure_delete = ON");
}

SecureDeleteScope::~SecureDeleteScope() {
    if (m_status && !m_db.isServer())
        (void)m_db.exec("PRAGMA secure_delete = " + std::to_string(m_previous));
}

Result<std::optional<ErasureRecord>> ErasureRepository::findForCustomer(std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT id, customer_id, erased_by, erased_at, reason FROM erasures "
                             "WHERE customer_id = ? ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->first(readErasure);
}

Result<std::vector<ErasureRecord>> ErasureRepository::all() {
    auto stmt = m_db.prepare(
        "SELECT id, customer_id, erased_by, erased_at, reason FROM erasures ORDER BY id");
    if (!stmt)
        return stmt.error();
    return stmt->collect(readErasure);
}

Result<std::int64_t> ErasureRepository::erase(const ErasureRequest& r) {
    // The search keys (pinyin, bigrams) of the erased name, computed from it
    // while it is still there; the pseudonym's keys, if it has any, follow.
    TESSERA_TRY(removeStoredSearchKeys(m_db, r.customerId));
    auto customer = m_db.prepare(
        "UPDATE customers SET name = ?2, name_key = '', phone = NULL, email = NULL, "
        "id_number = NULL, address = NULL, notes = NULL, phone_hash = NULL, email_hash = NULL, "
        "id_number_hash = NULL, archived = 1, updated_at = ?3, version = version + 1 "
        "WHERE id = ?1");
    if (!customer)
        return customer.error();
    customer->bind(1, r.customerId).bind(2, r.pseudonym).bind(3, r.erasedAt);
    TESSERA_TRY(customer->run());
    if (m_db.changes() != 1)
        return makeError(ErrorCode::NotFound,
                         "customer " + std::to_string(r.customerId) + " does not exist");
    for (const char* sql : kClearStatements)
        TESSERA_TRY(runFor(m_db, sql, r.customerId));
    auto search =
        m_db.prepare("UPDATE customer_search SET name = ?2, contacts = '' WHERE rowid = ?1");
    if (!search)
        return search.error();
    search->bind(1, r.customerId).bind(2, r.pseudonym);
    TESSERA_TRY(search->run());
    TESSERA_TRY(addStoredSearchKeys(m_db, r.customerId));

    // The merges' aliases go with them: an undo is no longer possible once
    // the journal is gone, and an old code of an erased person should not
    // quietly resolve to the pseudonym.
    auto merges = mergesHolding(m_db, r.customerId);
    if (!merges)
        return merges.error();
    if (!merges->empty()) {
        const std::string list = idList(*merges);
        TESSERA_TRY(m_db.exec("DELETE FROM customer_aliases WHERE merge_id IN (" + list + ")"));
        TESSERA_TRY(m_db.exec("DELETE FROM customer_merges WHERE id IN (" + list + ")"));
    }

    // FTS5 keeps a deleted row's terms in its segments until they merge; an
    // optimize merges them all now, and secure delete zeroes the old pages.
    TESSERA_TRY(m_db.exec("INSERT INTO customer_search (customer_search) VALUES ('optimize')"));

    auto insert = m_db.prepare(
        "INSERT INTO erasures (customer_id, erased_by, erased_at, reason) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, r.customerId).bind(2, r.erasedBy).bind(3, r.erasedAt).bind(4, r.reason);
    TESSERA_TRY(insert->run());
    return m_db.lastInsertRowId();
}

Result<bool> ErasureRepository::scrubFile() {
    // A server keeps the erased rows' old versions until its autovacuum
    // reuses their space, and in its WAL and backups: they are the server
    // administrator's (docs/security.md). No Tessera role may vacuum.
    if (m_db.isServer())
        return true;
    TESSERA_TRY(m_db.exec("VACUUM"));
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                             &logFrames, &checkpointed);
    if (rc == SQLITE_BUSY)
        return false;
    if (rc != SQLITE_OK)
        return sqliteError(m_db.handle(), rc, "checkpoint after an erasure");
    return true;
}

Result<std::int64_t> ErasureRepository::countHeldIn(const std::string& path,
                                                    const std::vector<std::int64_t>& customerIds,
                                                    const std::string& pseudonymPrefix) {
    if (customerIds.empty())
        return std::int64_t{0};
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(fileUri(path).c_str(), &raw,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer{raw};
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "opening a backup");
    const std::string sql = "SELECT count(*) FROM customers WHERE id IN (" + idList(customerIds) +
                            ") AND (name <> ?1 || id OR phone IS NOT NULL OR email IS NOT NULL OR "
                            "id_number IS NOT NULL OR address IS NOT NULL OR notes IS NOT NULL)";
    sqlite3_stmt* stmt = nullptr;
    const int prepared = sqlite3_prepare_v2(raw, sql.c_str(), -1, &stmt, nullptr);
    if (prepared != SQLITE_OK)
        return sqliteError(raw, prepared, "reading a backup");
    Statement owned(raw, stmt);
    owned.bind(1, pseudonymPrefix);
    auto row = owned.step();
    if (!row)
        return row.error();
    return *row ? owned.int64(0) : std::int64_t{0};
}

} // namespace tessera::storage
