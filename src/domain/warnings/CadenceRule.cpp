#include "domain/warnings/CadenceRule.h"

#include "domain/scoring/TierByName.h"
#include "domain/records/Vocabulary.h"

#include <algorithm>

namespace tessera::domain {
namespace {

// Key customers: the profile's lowest key tier and the tiers above it.
bool isKeyTier(const std::string& tier, scoring::Tier lowestKeyTier) {
    const std::optional<scoring::Tier> t = tierByName(tier);
    return t && *t <= lowestKeyTier;
}

} // namespace

Result<std::vector<Warning>> CadenceRule::evaluate(storage::WarningRepository& repository,
                                                   const WarningInputs& in) {
    if (!in.newestRun)
        return std::vector<Warning>{}; // no tiers yet, so no cadence to keep
    const scoring::WarningThresholds& t = in.thresholds;
    const int shortest = std::min(t.keyCustomerCadenceDays, t.otherCustomerCadenceDays);
    // Looked up once, not per warning: a million customers may be overdue.
    const std::vector<Term> tiers = vocabulary::tiers();
    const QString contacted = tr("Last contacted %1 days ago; a %2 customer is due every %3 days.");
    const QString never =
        tr("Not contacted since added %1 days ago; a %2 customer is due every %3 days.");
    return warningsFrom(
        repository.notContactedSince(in.newestRun->id, in.asOfDay, in.asOfDay - shortest - 1,
                                     in.owners),
        [&](const storage::ContactGapFact& f) -> std::optional<Warning> {
            const int cadence = isKeyTier(f.tier, t.lowestKeyTier) ? t.keyCustomerCadenceDays
                                                                   : t.otherCustomerCadenceDays;
            const std::int32_t from = f.lastOutboundDay.value_or(in.createdDay(f.customer));
            // Overdue once more than `cadence` days have passed.
            if (in.asOfDay - from <= cadence)
                return std::nullopt;
            const QString& reason = f.lastOutboundDay ? contacted : never;
            return makeWarning(
                f.customer, WarningKind::Cadence, from + cadence + 1,
                reason.arg(in.asOfDay - from).arg(vocabulary::labelOf(tiers, f.tier)).arg(cadence));
        });
}

} // namespace tessera::domain
