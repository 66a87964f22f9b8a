#include "scoring/ScoreExplanation.h"

#include "WorkedExample.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

struct Explained {
    ScoringParameters parameters;
    PopulationScores scores;
};

Explained workedExample() {
    Explained out;
    out.scores = std::move(*scorePopulation(workedExampleInput(), out.parameters));
    return out;
}

} // namespace

TEST(ScoreExplanation, AnnsScoresAddUp) {
    const Explained e = workedExample();
    const CustomerExplanation ann = explainCustomer(e.scores, e.parameters, 0);
    EXPECT_EQ(ann.rfmCode, "4-5-4-5");
    // R: 10 days beats the cuts (inf, 200, 20) but not 10 itself -> 4.
    const DimensionExplanation& r = ann.dimensions[0];
    EXPECT_EQ(r.rawValue, 10.0);
    EXPECT_EQ(r.score, 4);
    EXPECT_EQ(r.cutoffs.cuts[3], 10.0);
    EXPECT_DOUBLE_EQ(r.rfmsPoints, 18.75); // 100 * 0.25 * 3 / 4
    double points = 0.0;
    for (const DimensionExplanation& d : ann.dimensions)
        points += d.rfmsPoints;
    EXPECT_DOUBLE_EQ(points, ann.rfms);
    EXPECT_EQ(ann.frequencyMonetaryMean, 4.5);
    EXPECT_EQ(ann.segment, RfmSegment::Loyal);
}

TEST(ScoreExplanation, CrmvAndTierParts) {
    const Explained e = workedExample();
    const CustomerExplanation ann = explainCustomer(e.scores, e.parameters, 0);
    EXPECT_TRUE(ann.hasCrmv);
    EXPECT_EQ(ann.weights.rule, WeightRule::EqualWeights);
    EXPECT_DOUBLE_EQ(ann.q[1], 4.0 / 6.0); // (6 + 4) / 2 = 5 on 1..7
    EXPECT_DOUBLE_EQ(ann.y, 0.9);
    double points = 0.0;
    for (double p : ann.crmvPoints)
        points += p;
    EXPECT_NEAR(points, ann.crmv, 1e-12);
    EXPECT_NEAR(ann.tierScore, ann.lambda * ann.rfms + (1 - ann.lambda) * ann.crmv, 1e-12);
    EXPECT_EQ(ann.tier, Tier::Diamond);
    EXPECT_GE(ann.tierScore, ann.tierCutoffs.minimumScore[0]);

    const CustomerExplanation fay = explainCustomer(e.scores, e.parameters, 5);
    EXPECT_FALSE(fay.hasCrmv);
    EXPECT_EQ(fay.tierScore, fay.rfms);
    EXPECT_LT(fay.tierScore, fay.tierCutoffs.minimumScore[3]);
}

TEST(ScoreExplanation, TheClusterIsTheNearestCentroid) {
    const Explained e = workedExample();
    for (std::size_t c = 0; c < 6; ++c) {
        const CustomerExplanation x = explainCustomer(e.scores, e.parameters, c);
        const auto nearest = std::min_element(x.squaredDistanceToCentroids.begin(),
                                              x.squaredDistanceToCentroids.end());
        EXPECT_EQ(*nearest, x.squaredDistanceToCentroids[static_cast<std::size_t>(x.cluster)]);
    }
}
