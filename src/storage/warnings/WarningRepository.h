#pragma once

// Set-based queries behind the warnings list: each hands over the candidates of
// one rule for every visible customer in one statement (no query per
// customer), so a million customers take seconds. Archived customers never warn.

#include "common/Result.h"
#include "storage/sqlite/Database.h"
#include "storage/warnings/WarningFacts.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace tessera::storage {

// Owners whose customers a query may return; nullopt means every customer.
using OwnerScope = std::optional<std::vector<std::int64_t>>;

// Takes each candidate as the query reads it (and may move from it): a
// million candidates are never all held at once.
template <typename Fact> using FactSink = std::function<void(Fact&)>;

// Every candidate of `query(sink)` in one list, for callers that need them together.
template <typename Fact, typename Query> Result<std::vector<Fact>> collectFacts(Query query) {
    std::vector<Fact> facts;
    const FactSink<Fact> sink = [&facts](Fact& fact) { facts.push_back(std::move(fact)); };
    TESSERA_TRY(query(sink));
    return facts;
}

class WarningRepository {
public:
    explicit WarningRepository(Database& db) : m_db(db) {}

    // Every query below then looks at this one customer only (after a new
    // activity, only that customer's warnings are evaluated again).
    void onlyCustomer(std::int64_t customerId) { m_customer = customerId; }
    // The same queries for the customers with ids from `first` to `last` only:
    // one share of a scan split over two connections.
    WarningRepository withIds(std::int64_t first, std::int64_t last) const {
        WarningRepository share(*this);
        share.m_ids = {first, last};
        return share;
    }
    // The highest customer id (0 when there are none), to split a scan by.
    Result<std::int64_t> lastCustomerId();

    // Customers whose newest purchase or interaction up to `asOfDay` is on or
    // before `lastDay`, or who have none.
    Status inactiveSince(std::int32_t asOfDay, std::int32_t lastDay, const OwnerScope& owners,
                         const FactSink<InactivityFact>& each);
    // Customers with more than `maxContacts` outbound interactions from
    // `firstDay` to `lastDay`.
    Status overContacted(std::int32_t firstDay, std::int32_t lastDay, int maxContacts,
                         const OwnerScope& owners, const FactSink<OverContactFact>& each);
    // Customers scored in `runId` without an outbound interaction after
    // `lastDay` (up to `asOfDay`).
    Status notContactedSince(std::int64_t runId, std::int32_t asOfDay, std::int32_t lastDay,
                             const OwnerScope& owners, const FactSink<ContactGapFact>& each);
    // Customers scored in both runs whose tier differs or whose RFMS fell by
    // at least `minRfmsDrop`.
    Status scoreChanges(std::int64_t fromRun, std::int64_t toRun, double minRfmsDrop,
                        const OwnerScope& owners, const FactSink<ScoreChangeFact>& each);
    // Follow-ups due before `asOfDay` and not done.
    Status overdueFollowUps(std::int32_t asOfDay, const OwnerScope& owners,
                            const FactSink<OverdueFollowUpFact>& each);

    // Tickets opened by `asOfMs` and not resolved by then.
    Status unresolvedTickets(std::int64_t asOfMs, const OwnerScope& owners,
                             const FactSink<OpenTicketFact>& each);
    // Customers whose health score is below `threshold`.
    Status lowHealth(int threshold, const OwnerScope& owners, const FactSink<LowHealthFact>& each);

private:
    Database& m_db;
    std::optional<std::int64_t> m_customer;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_ids;
};

} // namespace tessera::storage
