#pragma once

// Keeps the table search_keys in step with customers' names: every writer of
// a customer's name goes through here (CustomerWriter, CustomerBulkWriter,
// CustomerRepository's update and delete, merges and their undo, erasure).
// A customer's keys are found again by computing them from its stored name,
// so a writer removes the keys of the name before it changes it and adds
// those of the new name after. The setting `search_keys_version` says which
// rules (kSearchKeysVersion) the stored keys follow; a file written before
// them gets its keys (re)made at the first sign-in (Workspace::login).

#include "common/Result.h"
#include "storage/sqlite/BatchInserter.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tessera::storage {

// Adds or removes one customer's keys through statements prepared once.
class SearchKeyWriter {
public:
    static Result<SearchKeyWriter> create(Database& db);
    Status add(std::int64_t customerId, std::string_view name);
    Status remove(std::int64_t customerId, std::string_view name);

private:
    SearchKeyWriter(Statement insert, Statement erase)
        : m_insert(std::move(insert)), m_erase(std::move(erase)) {}
    Status forEachKey(Statement& statement, std::int64_t customerId, std::string_view name);
    Statement m_insert;
    Statement m_erase;
};

// The keys of the name stored for `customerId`, added or removed; nothing
// when there is no such customer.
Status addStoredSearchKeys(Database& db, std::int64_t customerId);
Status removeStoredSearchKeys(Database& db, std::int64_t customerId);

// Collects the keys of many new customers in a temporary table and writes
// them to search_keys in key order at flush(): inserted customer by customer
// they would land all over the key index. The caller owns the transaction.
class SearchKeyStaging {
public:
    static Result<SearchKeyStaging> create(Database& db);
    Status add(std::int64_t customerId, std::string_view name);
    // Writes the collected keys and empties the temporary table.
    Status flush();
    std::int64_t keysAdded() const { return m_keys; }

private:
    struct Row {
        std::int64_t customerId;
        std::string key;
        std::string nameStart;
    };
    SearchKeyStaging(Database& db, BatchInserter<Row> rows) : m_db(&db), m_rows(std::move(rows)) {}
    Database* m_db;
    BatchInserter<Row> m_rows;
    std::int64_t m_keys = 0;
};

// True when the file's search keys follow older rules than kSearchKeysVersion.
Result<bool> searchKeysOutdated(Database& db);

// Records that the keys follow kSearchKeysVersion (a new database; the caller's transaction).
Status markSearchKeysCurrent(Database& db);

// When outdated, makes every customer's keys afresh and marks them current,
// in one transaction of its own; returns how many keys it wrote, or nothing
// when the keys were current.
Result<std::optional<std::int64_t>> refreshSearchKeys(Database& db);

} // namespace tessera::storage
