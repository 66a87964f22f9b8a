#pragma once

// Writes many new customers, as an import creates them: ids are assigned up
// front, so the caller knows each new customer's id at once while the rows
// reach the database fifty to an INSERT; their search index entries go in
// a hundred thousand to a statement, with their search keys in key order. Once a load grows as
// large as the table was when it began (and at least `rebuildThreshold` rows), the table's
// secondary indexes are dropped and finish() builds them again, which beats keeping them up to date
// row by row (SuspendedIndexes). The caller owns the transaction and must call finish() before
// committing and before writing rows that refer to the new customers.

#include "common/Result.h"
#include "storage/customers/CustomerColumns.h"
#include "storage/customers/CustomerRecord.h"
#include "storage/customers/CustomerWriter.h"
#include "storage/customers/SearchKeyIndex.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/BatchInserter.h"
#include "storage/sqlite/Database.h"
#include "storage/sqlite/SuspendedIndexes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

class CustomerBulkWriter {
public:
    static constexpr std::int64_t kDefaultRebuildThreshold = 20'000;
    static constexpr std::int64_t kSearchEntriesPerStatement = 100'000;

    static Result<CustomerBulkWriter>
    create(Database& db, const FieldCipher& cipher,
           std::int64_t rebuildThreshold = kDefaultRebuildThreshold);

    // The id the next customer added will get; ids are handed out in order.
    std::int64_t nextId() const { return m_nextId; }
    // Queues `customer` under the next free id (its own id is ignored) and
    // returns that id.
    Result<std::int64_t> add(CustomerRecord customer);
    Result<std::int64_t> add(SealedCustomer customer);
    // Writes every queued customer row now (search entries wait for finish).
    Status flush();
    // Writes every queued customer and search entry and rebuilds any
    // dropped indexes.
    Status finish();

    std::int64_t added() const { return m_added; }
    bool indexesSuspended() const { return m_suspended.has_value(); }

private:
    struct SearchRow {
        std::int64_t id;
        std::string name;
        std::string code;
        std::string contacts;
    };
    // Tags and contacts wait until their customer's row is written: they
    // refer to it by foreign key.
    struct Dependents {
        std::int64_t customerId;
        std::vector<std::string> tags;
        std::vector<ContactRecord> contacts;
    };

    CustomerBulkWriter(Database& db, const FieldCipher& cipher,
                       BatchInserter<SealedCustomer> customers, BatchInserter<SearchRow> search,
                       SearchKeyStaging keys, CustomerWriter single, std::int64_t nextId,
                       std::int64_t rebuildThreshold)
        : m_db(&db), m_cipher(&cipher), m_customers(std::move(customers)),
          m_search(std::move(search)), m_keys(std::move(keys)), m_single(std::move(single)),
          m_nextId(nextId), m_rebuildAt(rebuildThreshold) {}

    Status writeDependents();
    Status indexStagedSearchEntries();

    Database* m_db;
    const FieldCipher* m_cipher;
    BatchInserter<SealedCustomer> m_customers;
    BatchInserter<SearchRow> m_search;
    SearchKeyStaging m_keys; // written with the search entries
    CustomerWriter m_single;
    std::vector<Dependents> m_dependents;
    std::int64_t m_nextId;
    std::int64_t m_rebuildAt;
    std::int64_t m_added = 0;
    std::int64_t m_staged = 0; // search entries waiting in the staging table
    std::optional<SuspendedIndexes> m_suspended;
};

} // namespace tessera::storage
