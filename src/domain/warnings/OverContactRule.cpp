#include "domain/warnings/OverContactRule.h"

#include "domain/warnings/ReasonCache.h"

namespace tessera::domain {

Result<std::vector<Warning>> OverContactRule::evaluate(storage::WarningRepository& repository,
                                                       const WarningInputs& in) {
    const int limit = in.thresholds.overContactMaxContacts;
    const int window = in.thresholds.overContactWindowDays;
    ReasonCache<1> reasons; // by the number of contacts
    return warningsFrom<storage::OverContactFact>(
        [&](const auto& sink) {
            return repository.overContacted(in.asOfDay - window + 1, in.asOfDay, limit, in.owners,
                                            sink);
        },
        [&](storage::OverContactFact& f) -> std::optional<Warning> {
            return makeWarning(std::move(f.customer), WarningKind::OverContact, f.crossingDay,
                               reasons.get({f.contacts}, [&] {
                                   return tr("%1 outbound contacts in the last %2 days (limit %3).")
                                       .arg(f.contacts)
                                       .arg(window)
                                       .arg(limit);
                               }));
        });
}

} // namespace tessera::domain
