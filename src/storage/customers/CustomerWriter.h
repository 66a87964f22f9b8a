#pragma once

// Writes new customers one at a time (with tags, contacts and their search
// index entry) through statements prepared once. The caller owns the
// transaction. Bulk loads use CustomerBulkWriter.

#include "common/Result.h"
#include "storage/customers/CustomerRecord.h"
#include "storage/customers/SearchKeyIndex.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::storage {

class CustomerWriter {
public:
    static Result<CustomerWriter> create(Database& db, const FieldCipher& cipher);
    // Inserts `customer` (its id is assigned when 0) and returns the id.
    Result<std::int64_t> insert(const CustomerRecord& customer);
    Status insertTags(std::int64_t customerId, const std::vector<std::string>& tags);
    Status insertContacts(std::int64_t customerId, const std::vector<ContactRecord>& contacts);
    // Adds the customer's name, code and contact names to the search index,
    // and the name's search keys (SearchKeys).
    Status indexForSearch(std::int64_t customerId, const CustomerRecord& customer);

private:
    struct Statements {
        Statement customer;
        Statement tag;
        Statement contact;
        Statement searchInsert;
    };
    CustomerWriter(Database& db, const FieldCipher& cipher, Statements statements,
                   SearchKeyWriter keys)
        : m_db(&db), m_cipher(&cipher), m_s(std::move(statements)), m_keys(std::move(keys)) {}

    Database* m_db;
    const FieldCipher* m_cipher;
    Statements m_s;
    SearchKeyWriter m_keys;
};

} // namespace tessera::storage
