#include "scoring/TierAssigner.h"

#include <gtest/gtest.h>
#include <limits>

using namespace tessera::scoring;

namespace {

std::vector<Tier> tiersOf(const Eigen::VectorXd& scores, const TierSettings& settings = {}) {
    auto assignment = assignTiers(scores, settings);
    EXPECT_TRUE(assignment.ok());
    return assignment.ok() ? assignment->tiers : std::vector<Tier>{};
}

std::array<int, kTierCount> counts(const std::vector<Tier>& tiers) {
    std::array<int, kTierCount> n{};
    for (Tier t : tiers)
        ++n[static_cast<std::size_t>(t)];
    return n;
}

} // namespace

TEST(TierAssigner, SharesOfAHundredDistinctScores) {
    const Eigen::VectorXd scores = Eigen::VectorXd::LinSpaced(100, 100, 1);
    const std::vector<Tier> tiers = tiersOf(scores);
    EXPECT_EQ(counts(tiers), (std::array<int, 5>{8, 12, 20, 30, 30}));
    // The 9th best has 8 customers above: position 0.08 is not below 0.08.
    EXPECT_EQ(tiers[7], Tier::Diamond);
    EXPECT_EQ(tiers[8], Tier::Platinum);
}

TEST(TierAssigner, PositionsWithinAShareAreExact) {
    EXPECT_EQ(positionsWithinShare(100, 0.08), 8u);
    EXPECT_EQ(positionsWithinShare(100, 0.20), 20u);
    EXPECT_EQ(positionsWithinShare(25, 0.08), 2u); // 2/25 = 0.08 exactly
    EXPECT_EQ(positionsWithinShare(3, 0.20), 1u);
    EXPECT_EQ(positionsWithinShare(10, 1.0), 10u);
    EXPECT_EQ(positionsWithinShare(0, 0.5), 0u);
}

TEST(TierAssigner, TiesShareTheBetterTier) {
    // n = 10. Diamond: positions < 0.8 -> only the 10. Platinum: positions
    // 0 and 1 -> both 9s (each has one better). Gold: up to 4 positions -> 8.
    // Silver: up to 7 -> down to the 7th best score, 5. Bronze: the rest.
    Eigen::VectorXd scores(10);
    scores << 10, 9, 9, 8, 7, 6, 5, 4, 3, 2;
    using T = Tier;
    EXPECT_EQ(tiersOf(scores),
              (std::vector<Tier>{T::Diamond, T::Platinum, T::Platinum, T::Gold, T::Silver,
                                 T::Silver, T::Silver, T::Bronze, T::Bronze, T::Bronze}));
}

TEST(TierAssigner, TiesStraddlingABoundaryStayTogether) {
    // Six customers tie for second place: all have 1 better (position 0.1),
    // so all six are Platinum, although Platinum's share is only 2 of 10.
    // Gold and Silver stay empty: the 30 has 7 better (position 0.7), Bronze.
    Eigen::VectorXd scores(10);
    scores << 50, 40, 40, 40, 40, 40, 40, 30, 20, 10;
    EXPECT_EQ(counts(tiersOf(scores)), (std::array<int, 5>{1, 6, 0, 0, 3}));
}

TEST(TierAssigner, EveryoneEqualIsDiamond) {
    EXPECT_EQ(counts(tiersOf(Eigen::VectorXd::Constant(7, 12.5))),
              (std::array<int, 5>{7, 0, 0, 0, 0}));
}

TEST(TierAssigner, CutoffsAreTheLowestScoreOfEachTier) {
    const Eigen::VectorXd scores = Eigen::VectorXd::LinSpaced(100, 100, 1);
    const TierCutoffs cutoffs = tierCutoffsByShares(scores, TierSettings{}.cumulativeShares);
    EXPECT_EQ(cutoffs.minimumScore, (std::array<double, 4>{93, 81, 61, 31}));
}

TEST(TierAssigner, AbsoluteThresholds) {
    TierSettings settings;
    settings.scheme = TierSchemeKind::AbsoluteThresholds;
    settings.minimumScores = {80, 65, 50, 35};
    Eigen::VectorXd scores(6);
    scores << 80, 79.99, 65, 50, 35, 34.9;
    using T = Tier;
    EXPECT_EQ(tiersOf(scores, settings), (std::vector<Tier>{T::Diamond, T::Platinum, T::Platinum,
                                                            T::Gold, T::Silver, T::Bronze}));
}

TEST(TierAssigner, RefusesMissingScores) {
    Eigen::VectorXd scores(2);
    scores << 1.0, std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(assignTiers(scores, TierSettings{}).ok());
}

TEST(TierAssigner, EmptyPopulation) {
    EXPECT_TRUE(tiersOf(Eigen::VectorXd(0)).empty());
}
