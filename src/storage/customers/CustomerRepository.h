#pragma once

// Customers and their contacts and tags: single-record reads and writes with
// encryption of personal data, the portfolio list queries, and lookups the
// importer needs.

#include "common/Result.h"
#include "storage/customers/CustomerCodeIndex.h"
#include "storage/customers/CustomerRecord.h"
#include "storage/customers/CustomerWriter.h"
#include "storage/customers/PortfolioQuery.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tessera::storage {

class CustomerRepository {
public:
    CustomerRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::int64_t> insert(const CustomerRecord& customer);
    // Writes every field, tags and contacts; fails with Conflict when the stored
    // version is no longer `customer.version` (someone else saved in between).
    Status update(const CustomerRecord& customer);
    Result<std::optional<CustomerRecord>> findById(std::int64_t id);
    Result<std::optional<std::int64_t>> idForCode(const std::string& code);
    // The owner of a customer: nullopt when the customer does not exist; an
    // inner nullopt when it exists but has no owner; 0 on a team server when
    // it exists but the server hides it from the caller (someone else's).
    Result<std::optional<std::optional<std::int64_t>>> ownerOf(std::int64_t id);
    // On a team server, the customer of a row of `table` (interactions,
    // tickets, follow_ups) whether its row-level security shows the row or
    // not; nullopt when there is no such row, and always for a file.
    Result<std::optional<std::int64_t>> customerOfRow(const std::string& table, std::int64_t id);
    Status setArchived(std::int64_t id, bool archived, std::int64_t now);
    Status setOwner(std::int64_t id, std::optional<std::int64_t> ownerId, std::int64_t now);

    Result<CustomerCodeIndex> codeIndex();
    Result<std::vector<std::int64_t>> queryIds(const PortfolioQuery& query);
    Result<std::int64_t> count(const PortfolioQuery& query);
    // The rows of `ids` (missing ones left out), with that run's scores when given.
    Result<std::vector<CustomerListRow>> listRows(std::span<const std::int64_t> ids,
                                                  std::optional<std::int64_t> scoreRunId = {});
    Result<std::vector<std::string>> allTags();

    // Other customers (not `customer.id`) whose name has the same name key
    // (storage/customers/NameKey), or with the same phone, email or ID number
    // once normalised: possible duplicates of `customer`, at most 20, by id.
    Result<std::vector<std::int64_t>> findSimilar(const CustomerRecord& customer);
    // True when any transaction, interaction, survey, ticket or follow-up refers to the customer.
    Result<bool> hasActivity(std::int64_t id);
    Status remove(std::int64_t id);

private:
    std::string readableCustomerColumns();
    struct FirstPagePlan {
        bool walkNameIndex = false;
        std::optional<std::string> fromName; // where the walk may start
    };
    Result<FirstPagePlan> firstPagePlan(const PortfolioQuery& query);
    Result<std::vector<ContactRecord>> contactsOf(std::int64_t customerId);
    Result<std::vector<std::string>> tagsOf(std::int64_t customerId);

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
