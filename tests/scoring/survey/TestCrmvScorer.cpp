#include "scoring/survey/CrmvScorer.h"

#include "scoring/rfm/Nnls.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <limits>

using namespace tessera::scoring;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A population of survey values built row by row, with each customer's cluster.
struct Population {
    std::vector<std::array<double, 5>> q;
    std::vector<double> y;
    std::vector<std::int32_t> cluster;

    // `count` respondents in `segment` whose y follows `outcome` exactly.
    void addRespondents(int count, std::int32_t segment,
                        const std::function<double(const std::array<double, 5>&)>& outcome) {
        for (int i = 0; i < count; ++i) {
            const auto n = static_cast<int>(q.size());
            std::array<double, 5> row{};
            for (int k = 0; k < 5; ++k)
                row[static_cast<std::size_t>(k)] = ((n + 1) * (k + 3) % 7) / 6.0;
            q.push_back(row);
            y.push_back(outcome(row));
            cluster.push_back(segment);
        }
    }

    SurveyValues values() const {
        SurveyValues v;
        v.q.resize(static_cast<Eigen::Index>(q.size()), 5);
        v.y.resize(static_cast<Eigen::Index>(y.size()));
        for (std::size_t i = 0; i < q.size(); ++i) {
            for (int k = 0; k < 5; ++k)
                v.q(static_cast<Eigen::Index>(i), k) = q[i][static_cast<std::size_t>(k)];
            v.y[static_cast<Eigen::Index>(i)] = y[i];
        }
        return v;
    }
};

double firstTwo(const std::array<double, 5>& q) {
    return 0.5 * q[0] + 0.5 * q[1];
}
double third(const std::array<double, 5>& q) {
    return q[2];
}

void expectWeights(const CrmvWeights& weights, std::array<double, 5> expected) {
    for (std::size_t k = 0; k < 5; ++k)
        EXPECT_NEAR(weights.alpha[k], expected[k], 1e-9) << "dimension " << k + 1;
}

} // namespace

TEST(CrmvScorer, EachSegmentGetsItsOwnFit) {
    Population population;
    population.addRespondents(40, 0, firstTwo);
    population.addRespondents(35, 1, third);
    const CrmvResult result = scoreCrmv(population.values(), population.cluster, 2, 30);
    EXPECT_EQ(result.segmentWeights[0].rule, WeightRule::SegmentFit);
    EXPECT_EQ(result.segmentWeights[1].rule, WeightRule::SegmentFit);
    expectWeights(result.segmentWeights[0], {0.5, 0.5, 0, 0, 0});
    expectWeights(result.segmentWeights[1], {0, 0, 1, 0, 0});
    EXPECT_NEAR(result.crmv[0], 100.0 * firstTwo(population.q[0]), 1e-9);
    EXPECT_NEAR(result.crmv[40], 100.0 * third(population.q[40]), 1e-9);
    EXPECT_EQ(result.rule[40], WeightRule::SegmentFit);
}

TEST(CrmvScorer, SmallSegmentUsesThePopulationFit) {
    Population population;
    population.addRespondents(40, 0, firstTwo);
    population.addRespondents(29, 1, third); // one short of 30
    const SurveyValues values = population.values();
    const CrmvResult result = scoreCrmv(values, population.cluster, 2, 30);
    EXPECT_EQ(result.segmentWeights[0].rule, WeightRule::SegmentFit);
    EXPECT_EQ(result.segmentWeights[1].rule, WeightRule::PopulationFit);
    EXPECT_EQ(result.segmentRespondents[1], 29);
    EXPECT_EQ(result.populationWeights.respondents, 69);

    const Eigen::VectorXd all = nnls(values.q, values.y).x;
    for (int k = 0; k < 5; ++k)
        EXPECT_NEAR(result.segmentWeights[1].alpha[static_cast<std::size_t>(k)], all[k] / all.sum(),
                    1e-9);
    EXPECT_EQ(result.rule[40], WeightRule::PopulationFit);
}

TEST(CrmvScorer, AllZeroFitFallsBackToEqualWeights) {
    Population population;
    population.addRespondents(40, 0, [](const auto&) { return 0.0; });
    const CrmvResult result = scoreCrmv(population.values(), population.cluster, 1, 30);
    EXPECT_EQ(result.segmentWeights[0].rule, WeightRule::EqualWeights);
    expectWeights(result.segmentWeights[0], {0.2, 0.2, 0.2, 0.2, 0.2});
    double sum = 0.0;
    for (double q : population.q[3])
        sum += q;
    EXPECT_NEAR(result.crmv[3], 20.0 * sum, 1e-12);
}

TEST(CrmvScorer, TooFewRespondentsAnywhereGiveEqualWeights) {
    Population population;
    population.addRespondents(12, 0, firstTwo);
    population.addRespondents(12, 1, third);
    const CrmvResult result = scoreCrmv(population.values(), population.cluster, 2, 30);
    EXPECT_EQ(result.segmentWeights[0].rule, WeightRule::EqualWeights);
    EXPECT_EQ(result.segmentWeights[1].rule, WeightRule::EqualWeights);
    EXPECT_EQ(result.populationWeights.respondents, 24);
}

TEST(CrmvScorer, CustomersWithoutAllDimensionsHaveNoCrmv) {
    Population population;
    population.addRespondents(40, 0, firstTwo);
    SurveyValues values = population.values();
    values.q(5, 3) = kNaN; // a dimension unanswered: no CRMV, not a respondent
    values.y[6] = kNaN;    // no outcome: still a CRMV, not a respondent
    const CrmvResult result = scoreCrmv(values, population.cluster, 1, 30);
    EXPECT_TRUE(std::isnan(result.crmv[5]));
    EXPECT_EQ(result.rule[5], WeightRule::None);
    EXPECT_FALSE(std::isnan(result.crmv[6]));
    EXPECT_EQ(result.segmentRespondents[0], 38);
}
