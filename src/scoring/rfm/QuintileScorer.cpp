#include "scoring/rfm/QuintileScorer.h"

#include "scoring/rfm/OrderStatistics.h"

#include <algorithm>
#include <limits>

namespace tessera::scoring {

QuintileCutoffs quintileCutoffs(const Eigen::VectorXd& values, ScoreDirection direction) {
    QuintileCutoffs cutoffs;
    cutoffs.direction = direction;
    cutoffs.cuts.fill(std::numeric_limits<double>::quiet_NaN());
    const auto n = static_cast<std::size_t>(values.size());
    if (n == 0)
        return cutoffs;

    // Cut k is the m_k-th worst value, m_k = ceil(k n / 5) >= 1; "worse first"
    // is ascending for higher-is-better and descending for lower-is-better.
    std::vector<std::size_t> ranks;
    for (std::size_t k = 1; k <= 4; ++k)
        ranks.push_back((k * n + 4) / 5 - 1);
    const auto order =
        direction == ScoreDirection::HigherIsBetter ? RankOrder::Ascending : RankOrder::Descending;
    const std::vector<double> cuts = valuesAtRanks(values, ranks, order);
    std::copy(cuts.begin(), cuts.end(), cutoffs.cuts.begin());
    return cutoffs;
}

QuintileScores scoreQuintiles(const Eigen::VectorXd& values, ScoreDirection direction) {
    QuintileScores result;
    result.cutoffs = quintileCutoffs(values, direction);
    result.scores.resize(static_cast<std::size_t>(values.size()));
    for (Eigen::Index i = 0; i < values.size(); ++i)
        result.scores[static_cast<std::size_t>(i)] = result.cutoffs.scoreOf(values[i]);
    return result;
}

} // namespace tessera::scoring
