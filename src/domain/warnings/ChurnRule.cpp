#include "domain/warnings/ChurnRule.h"

#include "domain/warnings/ReasonCache.h"
#include "domain/warnings/SplitScan.h"

namespace tessera::domain {

namespace {

Result<std::vector<Warning>> churnAmong(storage::WarningRepository& repository,
                                        const WarningInputs& in) {
    const int limit = in.thresholds.churnInactivityDays;
    const std::int32_t lastQuietDay = in.asOfDay - limit;
    // Keyed by (never active, days quiet): the sentence depends on nothing else.
    ReasonCache<2> reasons;
    return warningsFrom<storage::InactivityFact>(
        [&](const auto& sink) {
            return repository.inactiveSince(in.asOfDay, lastQuietDay, in.owners, sink);
        },
        [&](storage::InactivityFact& f) -> std::optional<Warning> {
            if (f.lastActivityDay) {
                const std::int32_t quiet = in.asOfDay - *f.lastActivityDay;
                return makeWarning(std::move(f.customer), WarningKind::Churn,
                                   *f.lastActivityDay + limit, reasons.get({0, quiet}, [&] {
                                       return ChurnRule::tr(
                                                  "No purchase or interaction for %1 days "
                                                  "(limit %2).")
                                           .arg(quiet)
                                           .arg(limit);
                                   }));
            }
            // Never active: count from the day the customer was added.
            const std::int32_t added = in.createdDay(f.customer);
            if (added > lastQuietDay)
                return std::nullopt;
            const std::int32_t quiet = in.asOfDay - added;
            return makeWarning(std::move(f.customer), WarningKind::Churn, added + limit,
                               reasons.get({1, quiet}, [&] {
                                   return ChurnRule::tr(
                                              "No purchase or interaction since added %1 days ago "
                                              "(limit %2).")
                                       .arg(quiet)
                                       .arg(limit);
                               }));
        });
}

} // namespace

Result<std::vector<Warning>> ChurnRule::evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& in) {
    // Two seeks per customer make this the longest rule: split over two cores
    // when the service gives a second connection.
    return splitScan(repository, in, churnAmong);
}

} // namespace tessera::domain
