#include "domain/warnings/OverContactRule.h"

namespace tessera::domain {

Result<std::vector<Warning>> OverContactRule::evaluate(storage::WarningRepository& repository,
                                                       const WarningInputs& in) {
    const int limit = in.thresholds.overContactMaxContacts;
    const int window = in.thresholds.overContactWindowDays;
    return warningsFrom(
        repository.overContacted(in.asOfDay - window + 1, in.asOfDay, limit, in.owners),
        [&](const storage::OverContactFact& f) -> std::optional<Warning> {
            return makeWarning(f.customer, WarningKind::OverContact, f.crossingDay,
                               tr("%1 outbound contacts in the last %2 days (limit %3).")
                                   .arg(f.contacts)
                                   .arg(window)
                                   .arg(limit));
        });
}

} // namespace tessera::domain
