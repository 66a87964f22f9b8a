#include "scoring/clv/LifetimeValue.h"

#include "CdnowData.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

LifetimeValues cdnowValues(const ClvSettings& settings) {
    const CdnowTransactions cdnow = readCdnowSample();
    auto values =
        computeLifetimeValues(cdnow.rows, cdnow.customerCount, dayNumber(1997, 9, 30), settings);
    EXPECT_TRUE(values.ok());
    return std::move(*values);
}

} // namespace

TEST(LifetimeValue, CdnowPredictionsAreConsistent) {
    const LifetimeValues values = cdnowValues(ClvSettings{});
    const ClvPredictions& p = values.predictions;
    ASSERT_EQ(p.clv.size(), 2357);
    EXPECT_TRUE((p.probabilityAlive.array() > 0.0).all() &&
                (p.probabilityAlive.array() <= 1.0).all());
    EXPECT_TRUE((p.expectedPurchases.array() > 0.0).all());
    EXPECT_TRUE(p.clv.isApprox(p.expectedPurchases.cwiseProduct(p.expectedValue)));
    // Customer 1 (x = 2, t_x = 30.43, T = 38.86): the same as the model functions.
    const double x = values.summary.x[0], tx = values.summary.tx[0], T = values.summary.T[0];
    EXPECT_DOUBLE_EQ(p.expectedPurchases[0],
                     bgNbdExpectedPurchases(values.bgNbd.parameters, 52, x, tx, T));
    EXPECT_DOUBLE_EQ(p.expectedValue[0],
                     gammaGammaExpectedValue(values.gammaGamma.parameters, x, values.summary.m[0]));
}

TEST(LifetimeValue, DiscountingLowersValueStepByStep) {
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    ClvSettings settings;
    EXPECT_DOUBLE_EQ(discountedExpectedPurchases(p, settings, 2, 30.43, 38.86),
                     bgNbdExpectedPurchases(p, 52, 2, 30.43, 38.86));
    settings.annualDiscountRate = 0.10;
    const double discounted = discountedExpectedPurchases(p, settings, 2, 30.43, 38.86);
    const double undiscounted = bgNbdExpectedPurchases(p, 52, 2, 30.43, 38.86);
    EXPECT_LT(discounted, undiscounted);
    // Every weekly step is discounted by at least (1.1)^(-52*7/365.25) and at most not at all.
    EXPECT_GT(discounted, undiscounted * std::pow(1.1, -52.0 * 7.0 / 365.25));
}

TEST(LifetimeValue, DaysAndWeeksAgree) {
    // The same horizon expressed in days gives the same purchases (the fit rescales alpha).
    ClvSettings weeks;
    ClvSettings days;
    days.unit = ClvTimeUnit::Days;
    days.horizon = 52 * 7;
    const LifetimeValues inWeeks = cdnowValues(weeks), inDays = cdnowValues(days);
    EXPECT_NEAR(inDays.bgNbd.parameters.alpha / 7.0, inWeeks.bgNbd.parameters.alpha,
                1e-3 * inWeeks.bgNbd.parameters.alpha);
    EXPECT_TRUE(inDays.predictions.clv.isApprox(inWeeks.predictions.clv, 1e-4));
}

TEST(LifetimeValue, WorkedExampleOfTheUserDocumentation) {
    // Published CDNOW parameters; a repeat buyer (x = 2, t_x = 30.43, T = 38.86,
    // m = 22.35) and a one-time buyer (T = 38.86). Values from mpmath.
    ClvSummary summary;
    summary.customer = {0, 1};
    summary.x = Eigen::Vector2d(2, 0);
    summary.tx = Eigen::Vector2d(30.43, 0);
    summary.T = Eigen::Vector2d(38.86, 38.86);
    summary.m = Eigen::Vector2d(22.35, 0);
    const ClvPredictions p = predictLifetimeValues(summary, {0.243, 4.414, 0.793, 2.426},
                                                   {6.25, 3.74, 15.44}, ClvSettings{});
    EXPECT_NEAR(p.probabilityAlive[0], 0.72657857, 1e-8);
    EXPECT_NEAR(p.expectedPurchases[0], 1.55872081, 1e-8);
    EXPECT_NEAR(p.expectedValue[0], 24.66371391, 1e-8);
    EXPECT_NEAR(p.clv[0], 38.44384404, 1e-7);
    EXPECT_EQ(p.probabilityAlive[1], 1.0);
    EXPECT_NEAR(p.expectedPurchases[1], 0.25207302, 1e-8);
    EXPECT_NEAR(p.expectedValue[1], 35.21897810, 1e-8);
    EXPECT_NEAR(p.clv[1], 8.87775425, 1e-8);
}
