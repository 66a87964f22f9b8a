#pragma once

// Tiers from TierScores (scoring.md section 3), usable on their own.
//
// By cumulative shares: a customer's position is p = (customers with a
// strictly higher TierScore) / n, and the tier is the first whose cumulative
// share s satisfies p < s ("Diamond: top 8%" means the 8 best of 100, and
// equal scores always share a tier). Comparing p and s as doubles (h / n
// correctly rounded) makes 8/100 equal to 0.08, exactly as written.
//
// Either scheme reduces to four minimum scores: tier = the first of Diamond,
// Platinum, Gold, Silver whose minimum the score reaches, else Bronze. For
// shares, the minimum of tier i is the m_i-th highest score, m_i being the
// number of positions h in 0..n-1 with h / n < s_i.

#include "common/Result.h"
#include "scoring/ScoringParameters.h"
#include "scoring/Tier.h"

#include <Eigen/Core>
#include <array>
#include <vector>

namespace tessera::scoring {

struct TierCutoffs {
    // Lowest TierScore of Diamond, Platinum, Gold, Silver; +inf: nobody.
    std::array<double, kTierCount - 1> minimumScore{};

    Tier tierOf(double score) const {
        for (int i = 0; i < kTierCount - 1; ++i)
            if (score >= minimumScore[static_cast<std::size_t>(i)])
                return static_cast<Tier>(i);
        return Tier::Bronze;
    }
};

struct TierAssignment {
    TierCutoffs cutoffs;
    std::vector<Tier> tiers;
};

// Positions h / n that a cumulative share admits: the count of h in 0..n-1
// with h / n < share.
std::size_t positionsWithinShare(std::size_t n, double share);

TierCutoffs tierCutoffsByShares(const Eigen::VectorXd& scores,
                                const std::array<double, kTierCount>& cumulativeShares);

// Scores must be numbers (no NaN); the settings' scheme picks the rule.
Result<TierAssignment> assignTiers(const Eigen::VectorXd& scores, const TierSettings& settings);

} // namespace tessera::scoring
