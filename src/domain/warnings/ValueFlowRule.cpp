#include "domain/warnings/ValueFlowRule.h"

#include "domain/records/Vocabulary.h"
#include "domain/scoring/TierByName.h"

namespace tessera::domain {
namespace {

// Floating-point slack, so a fall of exactly the limit counts.
constexpr double kEpsilon = 1e-9;

// Tiers moved down (positive) between the runs; 0 when unknown.
int demotionSteps(const storage::ScoreChangeFact& f) {
    const auto from = tierByName(f.fromTier);
    const auto to = tierByName(f.toTier);
    return from && to ? static_cast<int>(*to) - static_cast<int>(*from) : 0;
}

} // namespace

Result<std::vector<Warning>> ValueFlowRule::evaluate(storage::WarningRepository& repository,
                                                     const WarningInputs& in) {
    if (!in.newestRun || !in.previousRun)
        return std::vector<Warning>{}; // needs two runs to compare
    const scoring::WarningThresholds& t = in.thresholds;
    const QString fromDate = Calendar::isoDate(in.previousRun->asOfDay);
    const QString toDate = Calendar::isoDate(in.newestRun->asOfDay);
    const std::vector<Term> tiers = vocabulary::tiers(); // once, not per warning
    return warningsFrom<storage::ScoreChangeFact>(
        [&](const auto& sink) {
            return repository.scoreChanges(in.previousRun->id, in.newestRun->id,
                                           t.rfmsDropPoints - kEpsilon, in.owners, sink);
        },
        [&](storage::ScoreChangeFact& f) -> std::optional<Warning> {
            const bool demoted = demotionSteps(f) >= t.demotionTierSteps;
            const double drop = f.fromRfms - f.toRfms;
            const bool fell = drop >= t.rfmsDropPoints - kEpsilon;
            if (!demoted && !fell)
                return std::nullopt;
            const QString from = vocabulary::labelOf(tiers, f.fromTier);
            const QString to = vocabulary::labelOf(tiers, f.toTier);
            const QString points = QString::number(drop, 'f', 1);
            const QString before = QString::number(f.fromRfms, 'f', 1);
            const QString after = QString::number(f.toRfms, 'f', 1);
            QString reason;
            if (demoted && fell)
                reason = tr("Demoted from %1 to %2 and RFMS down %3 points (%4 to %5) between "
                            "the runs of %6 and %7.")
                             .arg(from, to, points, before, after, fromDate, toDate);
            else if (demoted)
                reason = tr("Demoted from %1 to %2 between the runs of %3 and %4.")
                             .arg(from, to, fromDate, toDate);
            else
                reason = tr("RFMS down %1 points (%2 to %3, limit %4) between the runs of %5 "
                            "and %6.")
                             .arg(points, before, after, QString::number(t.rfmsDropPoints, 'f', 1),
                                  fromDate, toDate);
            return makeWarning(std::move(f.customer), WarningKind::ValueFlow, in.newestRun->asOfDay,
                               reason);
        });
}

} // namespace tessera::domain
