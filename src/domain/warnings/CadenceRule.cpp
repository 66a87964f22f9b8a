#include "domain/warnings/CadenceRule.h"

#include "domain/records/Vocabulary.h"
#include "domain/scoring/TierByName.h"
#include "domain/warnings/ReasonCache.h"
#include "domain/warnings/SplitScan.h"

#include <algorithm>

namespace tessera::domain {

namespace {

Result<std::vector<Warning>> overdueAmong(storage::WarningRepository& repository,
                                          const WarningInputs& in) {
    const scoring::WarningThresholds& t = in.thresholds;
    const int shortest = std::min(t.keyCustomerCadenceDays, t.otherCustomerCadenceDays);
    // Looked up once, not per warning: a million customers may be overdue.
    const std::vector<Term> tiers = vocabulary::tiers();
    const QString contacted =
        CadenceRule::tr("Last contacted %1 days ago; a %2 customer is due every %3 days.");
    const QString never = CadenceRule::tr(
        "Not contacted since added %1 days ago; a %2 customer is due every %3 days.");
    // Keyed by (never contacted, days, tier, cadence): all the sentence says.
    ReasonCache<4> reasons;
    return warningsFrom<storage::ContactGapFact>(
        [&](const auto& sink) {
            return repository.notContactedSince(in.newestRun->id, in.asOfDay,
                                                in.asOfDay - shortest - 1, in.owners, sink);
        },
        [&](storage::ContactGapFact& f) -> std::optional<Warning> {
            // Key customers: the profile's lowest key tier and the tiers above it.
            const std::optional<scoring::Tier> tier = tierByName(f.tier);
            const int cadence = tier && *tier <= t.lowestKeyTier ? t.keyCustomerCadenceDays
                                                                 : t.otherCustomerCadenceDays;
            // The day added only when needed: it is a time-zone conversion.
            const std::int32_t from =
                f.lastOutboundDay ? *f.lastOutboundDay : in.createdDay(f.customer);
            // Overdue once more than `cadence` days have passed.
            if (in.asOfDay - from <= cadence)
                return std::nullopt;
            const QString& reason = f.lastOutboundDay ? contacted : never;
            const auto make = [&] {
                return reason.arg(in.asOfDay - from)
                    .arg(vocabulary::labelOf(tiers, f.tier))
                    .arg(cadence);
            };
            std::string text = tier ? reasons.get({f.lastOutboundDay ? 0 : 1, in.asOfDay - from,
                                                   static_cast<std::int64_t>(*tier), cadence},
                                                  make)
                                    : make().toStdString();
            return makeWarning(std::move(f.customer), WarningKind::Cadence, from + cadence + 1,
                               std::move(text));
        });
}

} // namespace

Result<std::vector<Warning>> CadenceRule::evaluate(storage::WarningRepository& repository,
                                                   const WarningInputs& in) {
    if (!in.newestRun)
        return std::vector<Warning>{}; // no tiers yet, so no cadence to keep
    // One correlated seek per scored customer: split over two cores when the
    // service gives a second connection.
    return splitScan(repository, in, overdueAmong);
}

} // namespace tessera::domain
