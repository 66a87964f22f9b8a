#include "scoring/TierAssigner.h"

#include "scoring/rfm/OrderStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera::scoring {

std::size_t positionsWithinShare(std::size_t n, double share) {
    const auto admitted = [n, share](std::size_t h) {
        return static_cast<double>(h) / static_cast<double>(n) < share;
    };
    // Start from the product and correct it by the exact test in both directions.
    auto m = static_cast<std::size_t>(std::clamp(std::floor(share * double(n)), 0.0, double(n)));
    while (m < n && admitted(m))
        ++m;
    while (m > 0 && !admitted(m - 1))
        --m;
    return m;
}

TierCutoffs tierCutoffsByShares(const Eigen::VectorXd& scores,
                                const std::array<double, kTierCount>& cumulativeShares) {
    TierCutoffs cutoffs;
    cutoffs.minimumScore.fill(std::numeric_limits<double>::infinity());
    const auto n = static_cast<std::size_t>(scores.size());
    std::vector<std::size_t> ranks;
    std::vector<std::size_t> tiersWithRanks;
    for (std::size_t i = 0; i + 1 < kTierCount; ++i) {
        const std::size_t m = positionsWithinShare(n, cumulativeShares[i]);
        if (m == 0)
            continue; // nobody's position is below this share: the tier stays empty
        ranks.push_back(m - 1);
        tiersWithRanks.push_back(i);
    }
    const std::vector<double> values = valuesAtRanks(scores, ranks, RankOrder::Descending);
    for (std::size_t j = 0; j < values.size(); ++j)
        cutoffs.minimumScore[tiersWithRanks[j]] = values[j];
    return cutoffs;
}

Result<TierAssignment> assignTiers(const Eigen::VectorXd& scores, const TierSettings& settings) {
    if (scores.hasNaN())
        return makeError(ErrorCode::InvalidArgument,
                         "Every customer needs a TierScore before tiers can be assigned.");
    const auto& shares = settings.cumulativeShares;
    if (settings.scheme == TierSchemeKind::CumulativeShares &&
        !std::is_sorted(shares.begin(), shares.end()))
        return makeError(ErrorCode::InvalidArgument,
                         "The cumulative tier shares must increase from Diamond to Bronze.");
    TierAssignment assignment;
    if (settings.scheme == TierSchemeKind::CumulativeShares)
        assignment.cutoffs = tierCutoffsByShares(scores, settings.cumulativeShares);
    else
        assignment.cutoffs.minimumScore = settings.minimumScores;
    assignment.tiers.resize(static_cast<std::size_t>(scores.size()));
    for (Eigen::Index i = 0; i < scores.size(); ++i)
        assignment.tiers[static_cast<std::size_t>(i)] = assignment.cutoffs.tierOf(scores[i]);
    return assignment;
}

} // namespace tessera::scoring
