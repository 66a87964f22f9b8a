#include "scoring/rfm/RfmsComposer.h"

#include <gtest/gtest.h>
#include <limits>

using namespace tessera::scoring;

TEST(RfmsComposer, CompositeOfScoresByHand) {
    const RfmsWeights weights; // 0.25, 0.25, 0.30, 0.20
    // 100 * (0.25*4 + 0.25*3 + 0.30*4 + 0.20*1) / 4 = 78.75
    EXPECT_DOUBLE_EQ(rfmsOf({5, 4, 5, 2}, weights), 78.75);
    EXPECT_EQ(rfmsOf({1, 1, 1, 1}, weights), 0.0);
    EXPECT_DOUBLE_EQ(rfmsOf({5, 5, 5, 5}, weights), 100.0);
}

TEST(RfmsComposer, CodeListsTheFourScores) {
    EXPECT_EQ(rfmCode({5, 4, 5, 2}), "5-4-5-2");
}

TEST(RfmsComposer, RecencyIsScoredLowerIsBetter) {
    RawValues raw;
    raw.recencyDays.resize(5);
    raw.recencyDays << 1, 2, 3, 4, std::numeric_limits<double>::infinity();
    raw.frequency = Eigen::VectorXd::LinSpaced(5, 1, 5);
    raw.monetary = Eigen::VectorXd::LinSpaced(5, 10, 50);
    raw.social = Eigen::VectorXd::Zero(5);
    const RfmsScores scores = scoreRfms(raw);
    EXPECT_EQ(scores.scoresOf(0), (std::array<std::uint8_t, 4>{5, 1, 1, 1}));
    EXPECT_EQ(scores.scoresOf(4), (std::array<std::uint8_t, 4>{1, 5, 5, 1}));
    const Eigen::VectorXd rfms = composeRfms(scores, RfmsWeights{});
    EXPECT_DOUBLE_EQ(rfms[0], 25.0);
    EXPECT_DOUBLE_EQ(rfms[4], 55.0);
}
