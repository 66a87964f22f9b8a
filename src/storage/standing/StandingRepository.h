#pragma once

// What a customer's standing (lifecycle, loyalty ladder, health) is computed
// from, read for one customer or for every customer in one set-based
// statement, and where the results and the hand overrides are kept.

#include "common/Result.h"
#include "storage/postgres/ServerBulkRows.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct StandingFacts {
    std::int64_t customerId = 0;
    std::string lifecycle; // as stored now
    std::string loyalty;
    std::optional<int> health;
    std::optional<std::int32_t> firstPurchaseDay;
    std::optional<std::int32_t> lastPurchaseDay;
    std::int64_t purchases = 0;     // rows with a positive amount
    std::int64_t recentCents = 0;   // net revenue in the recent window
    std::int64_t previousCents = 0; // net revenue in the window before it
    std::int64_t interactions = 0;
    std::int64_t advocacy = 0; // referrals, reviews, shares
    std::optional<std::int32_t> lastInteractionDay;
    std::optional<double> pAlive;       // newest scoring run
    std::optional<double> rfms;         // newest scoring run
    std::optional<double> previousRfms; // the run before it
    std::int64_t unresolvedTickets = 0;
    std::int64_t overdueTickets = 0; // unresolved past the resolution target
    std::optional<double> meanCsat;  // last 365 days
    std::optional<double> meanNps;   // last 365 days
};

struct StandingWindow {
    std::int32_t asOfDay = 0;
    std::int32_t trendDays = 180;
    std::int64_t asOfMs = 0;
    std::int64_t resolutionMs = 0; // a ticket unresolved this long after opening is overdue
    std::optional<std::int64_t> newestRun;
    std::optional<std::int64_t> previousRun;
};

struct StandingOverride {
    std::int64_t customerId = 0;
    std::string aspect; // lifecycle | loyalty | health
    std::string value;
    std::string reason;
    std::int32_t untilDay = 0;
    std::optional<std::int64_t> userId;
    std::int64_t at = 0;
};

class StandingRepository {
public:
    explicit StandingRepository(Database& db) : m_db(db) {}

    // The facts of one customer (or of every customer, in id order, when
    // `customerId` is nullopt), handed to `visit` one at a time.
    Status facts(const StandingWindow& window, std::optional<std::int64_t> customerId,
                 const std::function<Status(const StandingFacts&)>& visit);
    // `day`: today, kept as the day the health score changed when it did;
    // `lifecycle`: the new stage, or nullptr when it stays. On a team server
    // the writes are gathered and made by flushWrites(), which must follow.
    Status write(std::int64_t customerId, const std::string* lifecycle, const std::string& loyalty,
                 int health, std::int32_t day);
    // Makes the writes gathered on a team server, in one UPDATE (a refresh
    // of every customer would otherwise be a round trip per customer).
    // Nothing to do on a file, where each write is made at once.
    Status flushWrites();

    Status saveOverride(const StandingOverride& o);
    Status removeOverride(std::int64_t customerId, const std::string& aspect);
    // Overrides still in force on `day` (one customer's, or everyone's).
    Result<std::vector<StandingOverride>> overrides(std::int32_t day,
                                                    std::optional<std::int64_t> customerId);

private:
    Database& m_db;
    // Prepared once: a refresh writes up to every customer.
    std::optional<Statement> m_write;
    std::optional<Statement> m_writeWithLifecycle;
    std::unique_ptr<ServerBulkRows> m_serverWrites; // on a team server
};

} // namespace tessera::storage
