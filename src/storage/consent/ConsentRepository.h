#pragma once

// A customer's consent to be contacted: the current state on the customers
// row (allowed channels, unsubscribed) and the history of every change.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

// One change: a channel given or withdrawn ("all" for unsubscribing, or
// subscribing again).
struct ConsentEventRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::string channel;
    bool given = false;
    std::int64_t at = 0; // ms
    std::optional<std::int64_t> userId;
    std::string username; // read only: who, by name
    std::string source;   // "customer editor", "cli", an import file's name ...
};

struct ConsentState {
    std::string channels; // comma-separated keys, as customers.consent_channels
    bool unsubscribed = false;
    std::optional<std::int64_t> ownerId;
};

class ConsentRepository {
public:
    explicit ConsentRepository(Database& db) : m_db(db) {}

    // nullopt when the customer does not exist.
    Result<std::optional<ConsentState>> state(std::int64_t customerId);
    // Writes the customer's current consent (and bumps its version).
    Status setState(std::int64_t customerId, const ConsentState& state, std::int64_t updatedAt);
    Status record(const ConsentEventRecord& event);
    // Oldest first.
    Result<std::vector<ConsentEventRecord>> history(std::int64_t customerId);

private:
    Database& m_db;
};

} // namespace tessera::storage
