#include "scoring/rfm/QuintileScorer.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace tessera::scoring;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<int> scoresOf(std::initializer_list<double> values, ScoreDirection direction) {
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double value : values)
        v[i++] = value;
    const QuintileScores result = scoreQuintiles(v, direction);
    return {result.scores.begin(), result.scores.end()};
}

// The definition, counted directly: min(5, 1 + floor(5 L / n)).
int definitionScore(const Eigen::VectorXd& values, double v, ScoreDirection direction) {
    long worse = 0;
    for (double other : values)
        worse += direction == ScoreDirection::HigherIsBetter ? other < v : other > v;
    return std::min<long>(5, 1 + 5 * worse / values.size());
}

} // namespace

TEST(QuintileScorer, DistinctValuesFillEachScoreEqually) {
    // n = 10: L = 0..9, score = 1 + floor(L / 2).
    EXPECT_EQ(scoresOf({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, ScoreDirection::HigherIsBetter),
              (std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
}

TEST(QuintileScorer, TiesAtABoundaryShareTheLowerScore) {
    // L(1) = 0 -> 1; L(2) = 3 -> 1 + floor(15/10) = 2; L(3) = 5 -> 3; L(4) = 9 -> 5.
    EXPECT_EQ(scoresOf({3, 1, 2, 3, 1, 3, 2, 1, 3, 4}, ScoreDirection::HigherIsBetter),
              (std::vector<int>{3, 1, 2, 3, 1, 3, 2, 1, 3, 5}));
}

TEST(QuintileScorer, EveryoneEqualScoresOne) {
    EXPECT_EQ(scoresOf({7, 7, 7, 7}, ScoreDirection::HigherIsBetter),
              (std::vector<int>{1, 1, 1, 1}));
}

TEST(QuintileScorer, RecencyWithoutPurchasesIsWorstAndTied) {
    // L(v) counts customers with a strictly larger R: L(inf) = 0 -> 1,
    // L(10) = 2 -> 1 + floor(10/6) = 2, L(5) = 3 -> 3, L(0) = 5 -> 5.
    EXPECT_EQ(scoresOf({kInf, 5, 0, kInf, 10, 5}, ScoreDirection::LowerIsBetter),
              (std::vector<int>{1, 3, 5, 1, 2, 3}));
}

TEST(QuintileScorer, CutsExplainTheScores) {
    Eigen::VectorXd values(10);
    values << 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
    const QuintileCutoffs cutoffs = quintileCutoffs(values, ScoreDirection::HigherIsBetter);
    // m_k = 2, 4, 6, 8: the 2nd, 4th, 6th and 8th smallest values.
    EXPECT_EQ(cutoffs.cuts, (std::array<double, 4>{2, 4, 6, 8}));
    EXPECT_EQ(cutoffs.scoreOf(8.5), 5);
    EXPECT_EQ(cutoffs.scoreOf(8.0), 4);
}

TEST(QuintileScorer, SingleCustomerAndEmptyPopulation) {
    EXPECT_EQ(scoresOf({42}, ScoreDirection::HigherIsBetter), (std::vector<int>{1}));
    const QuintileScores empty = scoreQuintiles(Eigen::VectorXd(0), ScoreDirection::LowerIsBetter);
    EXPECT_TRUE(empty.scores.empty());
    EXPECT_TRUE(std::isnan(empty.cutoffs.cuts[0]));
}

TEST(QuintileScorer, AgreesWithTheDefinitionOnTiedRandomData) {
    std::mt19937 random(7);
    std::uniform_int_distribution<int> value(0, 12); // many ties
    for (int n : {1, 2, 3, 4, 5, 7, 11, 64, 999}) {
        Eigen::VectorXd values(n);
        for (double& v : values)
            v = value(random) == 0 ? kInf : value(random);
        for (auto direction : {ScoreDirection::HigherIsBetter, ScoreDirection::LowerIsBetter}) {
            const QuintileScores result = scoreQuintiles(values, direction);
            for (Eigen::Index i = 0; i < n; ++i)
                ASSERT_EQ(result.scores[static_cast<std::size_t>(i)],
                          definitionScore(values, values[i], direction))
                    << "n = " << n << ", value " << values[i];
        }
    }
}
