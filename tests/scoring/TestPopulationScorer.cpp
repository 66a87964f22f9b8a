#include "scoring/PopulationScorer.h"

#include "WorkedExample.h"

#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <numeric>
#include <random>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

PopulationScores score(const PopulationInput& input, const ScoringParameters& parameters = {}) {
    auto result = scorePopulation(input, parameters);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? std::move(*result) : PopulationScores{};
}

template <typename Vector> bool sameBits(const Vector& a, const Vector& b) {
    return a.size() == b.size() &&
           std::memcmp(a.data(), b.data(),
                       sizeof(*a.data()) * static_cast<std::size_t>(a.size())) == 0;
}

// A random population with whole-number amounts (so sums are exact in any
// order) and surveys for about a third of the customers.
PopulationInput randomPopulation(int customers, unsigned seed) {
    std::mt19937 random(seed);
    PopulationInput input;
    input.customerCount = customers;
    input.asOfDay = 20000;
    for (int c = 0; c < customers; ++c) {
        const int purchases = static_cast<int>(random() % 8);
        for (int i = 0; i < purchases; ++i)
            input.transactions.add(c, 20000 - static_cast<int>(random() % 500),
                                   static_cast<double>(static_cast<int>(random() % 300) - 30));
        for (int i = static_cast<int>(random() % 4); i > 0; --i)
            input.interactions.add(c, 20000 - static_cast<int>(random() % 400),
                                   static_cast<std::uint8_t>(random() % 9));
        if (random() % 3 != 0)
            continue;
        const double mood = (random() % 1000) / 1000.0;
        for (std::uint8_t k = 0; k < 5; ++k)
            input.surveyAnswers.add(c, 19900, k,
                                    1.0 + std::round(6.0 * mood * ((random() % 100) / 100.0)));
        input.recommendAnswers.add(c, 19900, std::round(10.0 * mood));
    }
    return input;
}

PopulationInput shuffled(const PopulationInput& input, unsigned seed) {
    PopulationInput out = input;
    std::vector<std::size_t> order(input.transactions.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    out.transactions = {};
    for (std::size_t i : order)
        out.transactions.add(input.transactions.customer[i], input.transactions.day[i],
                             input.transactions.amount[i]);
    return out;
}

void expectIdentical(const PopulationScores& a, const PopulationScores& b) {
    EXPECT_TRUE(sameBits(a.raw.recencyDays, b.raw.recencyDays));
    EXPECT_TRUE(sameBits(a.raw.monetary, b.raw.monetary));
    EXPECT_TRUE(sameBits(a.raw.social, b.raw.social));
    EXPECT_EQ(a.scores.scores, b.scores.scores);
    EXPECT_TRUE(sameBits(a.rfms, b.rfms));
    EXPECT_EQ(a.clustering.cluster, b.clustering.cluster);
    EXPECT_TRUE(sameBits(a.clustering.centroids, b.clustering.centroids));
    EXPECT_TRUE(sameBits(a.crmv.crmv, b.crmv.crmv));
    EXPECT_TRUE(sameBits(a.tierScore, b.tierScore));
    EXPECT_EQ(a.tiers.tiers, b.tiers.tiers);
}

} // namespace

TEST(PopulationScorer, WorkedExampleOfTheUserDocumentation) {
    const PopulationScores s = score(workedExampleInput());
    for (const WorkedExampleCustomer& expected : workedExampleExpectations()) {
        SCOPED_TRACE(expected.name);
        const auto c = expected.index;
        EXPECT_EQ(s.raw.recencyDays[c], expected.recencyDays);
        EXPECT_EQ(s.raw.frequency[c], expected.frequency);
        EXPECT_EQ(s.raw.monetary[c], expected.monetary);
        EXPECT_EQ(s.raw.social[c], expected.social);
        EXPECT_EQ(s.rfmCode(static_cast<std::size_t>(c)), expected.code);
        EXPECT_DOUBLE_EQ(s.rfms[c], expected.rfms);
        EXPECT_EQ(s.segment[static_cast<std::size_t>(c)], expected.segment);
        EXPECT_NEAR(s.tierScore[c], expected.tierScore, 1e-9);
        EXPECT_EQ(s.tier(static_cast<std::size_t>(c)), expected.tier);
    }
    // Only Ann answered a survey: one respondent, far below 30, so even the
    // population fit is refused and the weights are equal.
    EXPECT_NEAR(s.crmv.crmv[0], 250.0 / 3.0, 1e-9);
    EXPECT_EQ(s.crmv.rule[0], WeightRule::EqualWeights);
    EXPECT_EQ(s.crmv.rule[1], WeightRule::None);
    // The cut values and tier minimums that the document lists.
    constexpr double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(s.scores.cutoffs[0].cuts, (std::array<double, 4>{inf, 200, 20, 10}));
    EXPECT_EQ(s.scores.cutoffs[1].cuts, (std::array<double, 4>{0, 1, 2, 2}));
    EXPECT_EQ(s.scores.cutoffs[2].cuts, (std::array<double, 4>{0, 25, 100, 260}));
    EXPECT_EQ(s.scores.cutoffs[3].cuts, (std::array<double, 4>{0, 1, 1, 2}));
    EXPECT_NEAR(s.tiers.cutoffs.minimumScore[0], 85.0833333333, 1e-9);
    EXPECT_DOUBLE_EQ(s.tiers.cutoffs.minimumScore[1], 55.0);
    EXPECT_DOUBLE_EQ(s.tiers.cutoffs.minimumScore[2], 48.75);
    EXPECT_DOUBLE_EQ(s.tiers.cutoffs.minimumScore[3], 5.0);
}

TEST(PopulationScorer, WithoutSurveysTheTierScoreIsRfms) {
    PopulationInput input = randomPopulation(500, 5);
    input.surveyAnswers = {};
    input.recommendAnswers = {};
    const PopulationScores s = score(input);
    EXPECT_TRUE(sameBits(s.tierScore, s.rfms));
    EXPECT_TRUE(s.crmv.crmv.array().isNaN().all());
    for (WeightRule rule : s.crmv.rule)
        EXPECT_EQ(rule, WeightRule::None);
}

TEST(PopulationScorer, TwoRunsAreBitIdentical) {
    const PopulationInput input = randomPopulation(20000, 1);
    const PopulationScores a = score(input), b = score(input);
    expectIdentical(a, b);
    EXPECT_EQ(a.clustering.iterations, b.clustering.iterations);
    // The population is large enough for every segment to have its own fit.
    for (const CrmvWeights& weights : a.crmv.segmentWeights)
        EXPECT_EQ(weights.rule, WeightRule::SegmentFit);
}

TEST(PopulationScorer, RowOrderDoesNotChangeTheResult) {
    const PopulationInput input = randomPopulation(3000, 2);
    expectIdentical(score(input), score(shuffled(input, 9)));
}

TEST(PopulationScorer, MixesRfmsAndCrmvWithLambda) {
    const PopulationScores s = score(randomPopulation(2000, 3));
    int withCrmv = 0;
    for (Eigen::Index c = 0; c < s.rfms.size(); ++c) {
        if (std::isnan(s.crmv.crmv[c])) {
            EXPECT_EQ(s.tierScore[c], s.rfms[c]);
            continue;
        }
        ++withCrmv;
        EXPECT_DOUBLE_EQ(s.tierScore[c], 0.6 * s.rfms[c] + 0.4 * s.crmv.crmv[c]);
    }
    EXPECT_GT(withCrmv, 500);
}

TEST(PopulationScorer, RefusesAnInvalidProfileWithTheReason) {
    ScoringParameters parameters;
    parameters.rfmsWeights.recency = 0.5;
    const auto result = scorePopulation(randomPopulation(10, 4), parameters);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, tessera::ErrorCode::InvalidArgument);
    EXPECT_NE(result.error().message.find("sum to 1"), std::string::npos);
}

TEST(PopulationScorer, EmptyPopulation) {
    const PopulationScores s = score(PopulationInput{});
    EXPECT_EQ(s.customerCount(), 0u);
    EXPECT_TRUE(s.tiers.tiers.empty());
}
