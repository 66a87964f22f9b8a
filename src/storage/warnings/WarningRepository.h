#pragma once

// Set-based queries behind the warnings list: each returns the candidates of
// one rule for every visible customer in one statement (no query per
// customer), so a million customers take seconds. Archived customers never warn.

#include "common/Result.h"
#include "storage/sqlite/Database.h"
#include "storage/warnings/WarningFacts.h"

#include <optional>
#include <vector>

namespace tessera::storage {

// Owners whose customers a query may return; nullopt means every customer.
using OwnerScope = std::optional<std::vector<std::int64_t>>;

class WarningRepository {
public:
    explicit WarningRepository(Database& db) : m_db(db) {}

    // Every query below then looks at this one customer only (after a new
    // activity, only that customer's warnings are evaluated again).
    void onlyCustomer(std::int64_t customerId) { m_customer = customerId; }

    // Customers whose newest purchase or interaction up to `asOfDay` is on or
    // before `lastDay`, or who have none.
    Result<std::vector<InactivityFact>> inactiveSince(std::int32_t asOfDay, std::int32_t lastDay,
                                                      const OwnerScope& owners);
    // Customers with more than `maxContacts` outbound interactions from
    // `firstDay` to `lastDay`.
    Result<std::vector<OverContactFact>> overContacted(std::int32_t firstDay, std::int32_t lastDay,
                                                       int maxContacts, const OwnerScope& owners);
    // Customers scored in `runId` without an outbound interaction after
    // `lastDay` (up to `asOfDay`).
    Result<std::vector<ContactGapFact>> notContactedSince(std::int64_t runId, std::int32_t asOfDay,
                                                          std::int32_t lastDay,
                                                          const OwnerScope& owners);
    // Customers scored in both runs whose tier differs or whose RFMS fell by
    // at least `minRfmsDrop`.
    Result<std::vector<ScoreChangeFact>> scoreChanges(std::int64_t fromRun, std::int64_t toRun,
                                                      double minRfmsDrop, const OwnerScope& owners);
    // Follow-ups due before `asOfDay` and not done.
    Result<std::vector<OverdueFollowUpFact>> overdueFollowUps(std::int32_t asOfDay,
                                                              const OwnerScope& owners);

    // Tickets opened by `asOfMs` and not resolved by then.
    Result<std::vector<OpenTicketFact>> unresolvedTickets(std::int64_t asOfMs,
                                                          const OwnerScope& owners);
    // Customers whose health score is below `threshold`.
    Result<std::vector<LowHealthFact>> lowHealth(int threshold, const OwnerScope& owners);

private:
    Database& m_db;
    std::optional<std::int64_t> m_customer;
};

} // namespace tessera::storage
