#include "storage/customers/SearchKeyIndex.h"

#include "storage/admin/SettingsRepository.h"
#include "storage/customers/SearchKeys.h"

namespace tessera::storage {
namespace {

constexpr const char* kVersionSetting = "search_keys_version";

// Adds or removes the keys of the name stored for `customerId`.
Status forStoredName(Database& db, std::int64_t customerId, bool add) {
    auto name = db.prepare("SELECT name FROM customers WHERE id = ?");
    if (!name)
        return name.error();
    name->bind(1, customerId);
    auto found = name->first([](const Statement& s) { return s.text(0); });
    if (!found)
        return found.error();
    if (!*found)
        return {};
    auto writer = SearchKeyWriter::create(db);
    if (!writer)
        return writer.error();
    return add ? writer->add(customerId, **found) : writer->remove(customerId, **found);
}

} // namespace

Result<SearchKeyWriter> SearchKeyWriter::create(Database& db) {
    auto insert = db.prepare("INSERT OR IGNORE INTO search_keys (key, customer_id, name_start) "
                             "VALUES (?, ?, ?)");
    if (!insert)
        return insert.error();
    auto erase =
        db.prepare("DELETE FROM search_keys WHERE key = ? AND customer_id = ? AND name_start = ?");
    if (!erase)
        return erase.error();
    return SearchKeyWriter(std::move(*insert), std::move(*erase));
}

Status SearchKeyWriter::forEachKey(Statement& statement, std::int64_t customerId,
                                   std::string_view name) {
    const std::string start = nameStart(name);
    for (const std::string& key : searchKeysOf(name)) {
        statement.reset();
        statement.bind(1, key).bind(2, customerId).bind(3, start);
        TESSERA_TRY(statement.run());
    }
    return {};
}

Status SearchKeyWriter::add(std::int64_t customerId, std::string_view name) {
    return forEachKey(m_insert, customerId, name);
}

Status SearchKeyWriter::remove(std::int64_t customerId, std::string_view name) {
    return forEachKey(m_erase, customerId, name);
}

Status addStoredSearchKeys(Database& db, std::int64_t customerId) {
    return forStoredName(db, customerId, true);
}

Status removeStoredSearchKeys(Database& db, std::int64_t customerId) {
    return forStoredName(db, customerId, false);
}

Result<SearchKeyStaging> SearchKeyStaging::create(Database& db) {
    TESSERA_TRY(
        db.exec("CREATE TEMP TABLE IF NOT EXISTS staged_search_keys "
                "(customer_id INTEGER NOT NULL, key TEXT NOT NULL, name_start TEXT NOT NULL)"));
    TESSERA_TRY(db.exec("DELETE FROM temp.staged_search_keys"));
    auto rows = BatchInserter<Row>::create(
        db, "temp.staged_search_keys", {"customer_id", "key", "name_start"},
        [](Statement& s, int i, const Row& r) {
            s.bind(i, r.customerId).bind(i + 1, r.key).bind(i + 2, r.nameStart);
        });
    if (!rows)
        return rows.error();
    return SearchKeyStaging(db, std::move(*rows));
}

Status SearchKeyStaging::add(std::int64_t customerId, std::string_view name) {
    const std::string start = nameStart(name);
    for (std::string& key : searchKeysOf(name)) {
        TESSERA_TRY(m_rows.add({customerId, std::move(key), start}));
        ++m_keys;
    }
    return {};
}

Status SearchKeyStaging::flush() {
    TESSERA_TRY(m_rows.flush());
    TESSERA_TRY(m_db->exec("INSERT OR IGNORE INTO search_keys (key, customer_id, name_start) "
                           "SELECT key, customer_id, name_start FROM temp.staged_search_keys "
                           "ORDER BY key, customer_id"));
    return m_db->exec("DELETE FROM temp.staged_search_keys");
}

Result<bool> searchKeysOutdated(Database& db) {
    // Absent or unreadable: remake the keys, which is always safe.
    auto version = SettingsRepository(db).getInt(kVersionSetting, 0);
    if (!version)
        return version.error();
    return *version < kSearchKeysVersion;
}

Status markSearchKeysCurrent(Database& db) {
    return SettingsRepository(db).set(kVersionSetting, std::to_string(kSearchKeysVersion));
}

Result<std::optional<std::int64_t>> refreshSearchKeys(Database& db) {
    auto outdated = searchKeysOutdated(db);
    if (!outdated)
        return outdated.error();
    if (!*outdated)
        return std::optional<std::int64_t>{};
    auto tx = TransactionGuard::begin(db);
    if (!tx)
        return tx.error();
    TESSERA_TRY(db.exec("DELETE FROM search_keys"));
    auto staging = SearchKeyStaging::create(db);
    if (!staging)
        return staging.error();
    auto names = db.prepare("SELECT id, name FROM customers");
    if (!names)
        return names.error();
    Status failed;
    TESSERA_TRY(names->forEachRow([&](const Statement& s) {
        if (failed)
            failed = staging->add(s.int64(0), s.textView(1));
    }));
    if (!failed)
        return failed.error();
    TESSERA_TRY(staging->flush());
    TESSERA_TRY(markSearchKeysCurrent(db));
    TESSERA_TRY(tx->commit());
    return std::optional<std::int64_t>(staging->keysAdded());
}

} // namespace tessera::storage
