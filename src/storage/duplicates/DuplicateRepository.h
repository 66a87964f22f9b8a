#pragma once

// The rows duplicate candidates are found from: customers that share a
// lookup key (the keyed hash of a normalised phone, email or ID number, or
// the name key), a group per key value. Groups larger than a cap are left
// out: a key that many customers share (a switchboard number, a common
// person's name such as 张伟) says little about any two of them, and listing
// its pairs would grow with the square of the group. The domain
// (domain/duplicates) scores the pairs; nothing here decides what a match means.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tessera::storage {

enum class DuplicateKey { IdNumber, Phone, Email, Name };

// Customers with one value of a key, in id order; at least two.
struct DuplicateGroup {
    DuplicateKey key = DuplicateKey::Phone;
    std::vector<std::int64_t> ids;
};

struct DuplicateCustomerRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind;
    std::optional<std::int64_t> ownerId;
    std::string ownerName;
};

class DuplicateRepository {
public:
    explicit DuplicateRepository(Database& db) : m_db(db) {}

    // The groups of customers sharing `key`, among groups of 2..maxGroupSize
    // customers (counted over the whole table). With `owners`, only customers
    // of those owners are kept (groups left with one are dropped). With
    // `fromId`, only groups holding a customer whose id is at least `fromId`
    // (the new customers of an import).
    Result<std::vector<DuplicateGroup>>
    groups(DuplicateKey key, std::int64_t maxGroupSize,
           const std::optional<std::vector<std::int64_t>>& owners = std::nullopt,
           std::optional<std::int64_t> fromId = std::nullopt);

    // The customers of `ids` (missing ones left out), with their owner's display name.
    Result<std::vector<DuplicateCustomerRow>> customers(std::span<const std::int64_t> ids);

private:
    Database& m_db;
};

} // namespace tessera::storage
