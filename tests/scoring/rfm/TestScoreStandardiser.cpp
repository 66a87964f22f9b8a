#include "scoring/rfm/ScoreStandardiser.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;

namespace {

RfmsScores scoresOf(std::vector<std::array<std::uint8_t, 4>> customers) {
    RfmsScores scores;
    for (const auto& customer : customers)
        for (std::size_t d = 0; d < 4; ++d)
            scores.scores[d].push_back(customer[d]);
    return scores;
}

} // namespace

TEST(ScoreStandardiser, PopulationMeanAndDeviation) {
    // R scores 1, 1, 2, 4: mean 2, variance (1 + 1 + 0 + 4) / 4 = 1.5.
    // F scores all 3: deviation 0 is replaced by 1.
    const RfmsScores scores = scoresOf({{1, 3, 1, 5}, {1, 3, 2, 5}, {2, 3, 3, 1}, {4, 3, 4, 1}});
    const Standardisation s = standardisation(scores);
    EXPECT_EQ(s.mean[0], 2.0);
    EXPECT_DOUBLE_EQ(s.standardDeviation[0], std::sqrt(1.5));
    EXPECT_EQ(s.mean[1], 3.0);
    EXPECT_EQ(s.standardDeviation[1], 1.0);
    EXPECT_EQ(s.standardise(1, 3.0), 0.0);
    EXPECT_DOUBLE_EQ(s.standardise(0, 4.0), 2.0 / std::sqrt(1.5));
}

TEST(ScoreStandardiser, DistinctVectorsWithCounts) {
    const RfmsScores scores = scoresOf({{5, 5, 5, 5}, {1, 1, 1, 1}, {5, 5, 5, 5}});
    const ScoreVectorTable table = scoreVectorTable(scores, standardisation(scores));
    ASSERT_EQ(table.standardisedPoints.rows(), 2);
    EXPECT_EQ(table.customerCode, (std::vector<std::int32_t>{624, 0, 624}));
    EXPECT_EQ(table.rowOfCode[0], 0);
    EXPECT_EQ(table.rowOfCode[624], 1);
    EXPECT_EQ(table.customerCounts, Eigen::Vector2d(1, 2));
}
