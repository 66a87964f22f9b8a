#pragma once

// Keeps the customer search index out of the way of a bulk load of new
// customers. The index (the FTS5 table customer_search) is fed by triggers row
// by row, and every statement that fires them makes FTS5 flush its pending
// terms into a new segment: about 100 microseconds per customer and contact,
// most of a million-customer load. A bulk load suspends the insert triggers
// and indexes all the new customers with one statement at the end.

#include "common/Result.h"
#include "storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::storage {

class CustomerSearchBulkLoad {
public:
    // Suspends the search index's insert triggers inside the caller's
    // transaction (a rollback brings them back).
    static Result<CustomerSearchBulkLoad> begin(Database& db);

    // Indexes the customers whose id is at least `firstId`, with their
    // contacts' names, and restores the triggers. Call it before committing.
    Status finish(std::int64_t firstId);

private:
    CustomerSearchBulkLoad(Database& db, std::vector<std::string> triggers)
        : m_db(&db), m_triggers(std::move(triggers)) {}

    Database* m_db;
    std::vector<std::string> m_triggers; // CREATE TRIGGER statements to restore
};

} // namespace tessera::storage
