#include "domain/warnings/ChurnRule.h"

namespace tessera::domain {

Result<std::vector<Warning>> ChurnRule::evaluate(storage::WarningRepository& repository,
                                                 const WarningInputs& in) {
    const int limit = in.thresholds.churnInactivityDays;
    const std::int32_t lastQuietDay = in.asOfDay - limit;
    return warningsFrom(
        repository.inactiveSince(in.asOfDay, lastQuietDay, in.owners),
        [&](const storage::InactivityFact& f) -> std::optional<Warning> {
            if (f.lastActivityDay)
                return makeWarning(f.customer, WarningKind::Churn, *f.lastActivityDay + limit,
                                   tr("No purchase or interaction for %1 days (limit %2).")
                                       .arg(in.asOfDay - *f.lastActivityDay)
                                       .arg(limit));
            // Never active: count from the day the customer was added.
            const std::int32_t added = in.createdDay(f.customer);
            if (added > lastQuietDay)
                return std::nullopt;
            return makeWarning(f.customer, WarningKind::Churn, added + limit,
                               tr("No purchase or interaction since added %1 days ago (limit %2).")
                                   .arg(in.asOfDay - added)
                                   .arg(limit));
        });
}

} // namespace tessera::domain
