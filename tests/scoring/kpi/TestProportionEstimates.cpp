#include "scoring/kpi/ProportionEstimates.h"

#include <cmath>
#include <gtest/gtest.h>

using tessera::scoring::changeBeyondNoise;
using tessera::scoring::Estimate;
using tessera::scoring::kZ95;
using tessera::scoring::netPromoterScore;
using tessera::scoring::proportion;

namespace {

void expectUndefined(const Estimate& e) {
    EXPECT_TRUE(std::isnan(e.value));
    EXPECT_TRUE(std::isnan(e.standardError));
    EXPECT_TRUE(std::isnan(e.ciLow));
    EXPECT_TRUE(std::isnan(e.ciHigh));
}

} // namespace

TEST(ProportionEstimates, NetPromoterScoreByHand) {
    // n = 10, pP = 0.5, pD = 0.2: NPS = 100 (0.5 - 0.2) = 30.
    // var(NPS/100) = (0.5 + 0.2 - 0.3^2) / 10 = 0.061; SE = 100 sqrt(0.061) = 24.698178070456937.
    // z SE = 1.959963984540054 * 24.698178... = 48.40753950185257: CI [-18.4075..., 78.4075...].
    const Estimate e = netPromoterScore(5, 3, 2);
    EXPECT_EQ(e.n, 10);
    EXPECT_NEAR(e.value, 30.0, 1e-12);
    EXPECT_NEAR(e.standardError, 24.69817807045694, 1e-12);
    EXPECT_NEAR(e.ciLow, -18.40753950185257, 1e-12);
    EXPECT_NEAR(e.ciHigh, 78.40753950185257, 1e-12);
}

TEST(ProportionEstimates, NetPromoterIntervalIsClampedToTheScale) {
    // 9 promoters, 1 detractor: NPS 80, var = (1 - 0.8^2) / 10 = 0.036, SE = 18.973665961010276,
    // upper bound 80 + 37.19 = 117.19, clamped to 100; lower 42.8122980617263 is left alone.
    const Estimate e = netPromoterScore(9, 0, 1);
    EXPECT_NEAR(e.value, 80.0, 1e-12);
    EXPECT_NEAR(e.standardError, 18.973665961010276, 1e-12);
    EXPECT_NEAR(e.ciLow, 42.8122980617263, 1e-12);
    EXPECT_EQ(e.ciHigh, 100.0);
}

TEST(ProportionEstimates, NetPromoterSingleRespondentHasNoSpread) {
    // var = (1 + 0 - 1) / 1 = 0 for a lone promoter; likewise 0 points for a lone passive.
    const Estimate promoter = netPromoterScore(1, 0, 0);
    EXPECT_EQ(promoter.n, 1);
    EXPECT_NEAR(promoter.value, 100.0, 1e-12);
    EXPECT_EQ(promoter.standardError, 0.0);
    EXPECT_EQ(promoter.ciLow, promoter.value);
    EXPECT_EQ(promoter.ciHigh, promoter.value);
    const Estimate passive = netPromoterScore(0, 1, 0);
    EXPECT_EQ(passive.value, 0.0);
    EXPECT_EQ(passive.standardError, 0.0);
    EXPECT_EQ(passive.ciLow, 0.0);
    EXPECT_EQ(passive.ciHigh, 0.0);
}

TEST(ProportionEstimates, NetPromoterUndefinedCases) {
    const Estimate none = netPromoterScore(0, 0, 0);
    expectUndefined(none);
    EXPECT_EQ(none.n, 0);
    expectUndefined(netPromoterScore(-1, 3, 2));
}

TEST(ProportionEstimates, ProportionByHand) {
    // p = 0.3, SE = sqrt(0.3 * 0.7 / 10) = sqrt(0.021) = 0.14491376746189438,
    // z SE = 0.28402576508932544: CI [0.015974234910674623, 0.5840257650893254].
    const Estimate e = proportion(3, 10);
    EXPECT_EQ(e.n, 10);
    EXPECT_NEAR(e.value, 0.3, 1e-15);
    EXPECT_NEAR(e.standardError, 0.14491376746189438, 1e-15);
    EXPECT_NEAR(e.ciLow, 0.015974234910674623, 1e-15);
    EXPECT_NEAR(e.ciHigh, 0.5840257650893254, 1e-15);
}

TEST(ProportionEstimates, ProportionIntervalIsClampedToZeroOne) {
    // p = 0.1, SE = sqrt(0.009) = 0.09486832980505139: 0.1 - 0.1859 < 0, clamped to 0.
    const Estimate e = proportion(1, 10);
    EXPECT_EQ(e.ciLow, 0.0);
    EXPECT_NEAR(e.ciHigh, 0.28593850969136847, 1e-15);
    // The same from above: 9 of 10 clamps the upper end to 1.
    EXPECT_EQ(proportion(9, 10).ciHigh, 1.0);
}

TEST(ProportionEstimates, ProportionEdgeCases) {
    // 0 of n and n of n: p (1 - p) = 0, so SE 0 and the interval is the point.
    const Estimate none = proportion(0, 20);
    EXPECT_EQ(none.value, 0.0);
    EXPECT_EQ(none.standardError, 0.0);
    EXPECT_EQ(none.ciLow, 0.0);
    EXPECT_EQ(none.ciHigh, 0.0);
    const Estimate all = proportion(20, 20);
    EXPECT_EQ(all.value, 1.0);
    EXPECT_EQ(all.standardError, 0.0);
    EXPECT_EQ(all.ciLow, 1.0);
    EXPECT_EQ(all.ciHigh, 1.0);
    const Estimate single = proportion(1, 1);
    EXPECT_EQ(single.standardError, 0.0);
    EXPECT_EQ(single.ciLow, 1.0);

    const Estimate empty = proportion(0, 0);
    expectUndefined(empty);
    EXPECT_EQ(empty.n, 0);
    expectUndefined(proportion(5, 4));
    expectUndefined(proportion(-1, 4));
    expectUndefined(proportion(0, -3));
}

TEST(ProportionEstimates, ProportionHonoursZ) {
    // z = 1: the interval is p +- SE.
    const Estimate e = proportion(3, 10, 1.0);
    EXPECT_NEAR(e.ciLow, 0.3 - 0.14491376746189438, 1e-15);
    EXPECT_NEAR(e.ciHigh, 0.3 + 0.14491376746189438, 1e-15);
}

TEST(ProportionEstimates, ChangeBeyondNoiseBothWays) {
    // 30/100 -> 45/100: SEs sqrt(0.0021) and sqrt(0.002475); z sqrt(0.004575) = 0.13257 < 0.15.
    const Estimate before = proportion(30, 100);
    EXPECT_TRUE(changeBeyondNoise(before, proportion(45, 100)));
    EXPECT_TRUE(changeBeyondNoise(proportion(45, 100), before)); // a drop counts as well
    // 30/100 -> 40/100: z sqrt(0.0021 + 0.0024) = 0.13148 > 0.10.
    EXPECT_FALSE(changeBeyondNoise(before, proportion(40, 100)));
    EXPECT_FALSE(changeBeyondNoise(proportion(40, 100), before));
    // A smaller z makes the same change significant: 1 * 0.0670820 < 0.10.
    EXPECT_TRUE(changeBeyondNoise(before, proportion(40, 100), 1.0));
    // Works on NPS points as well: 30 -> 80 with SEs 24.70 and 18.97 gives 1.96 * 31.14 = 61.04.
    EXPECT_FALSE(changeBeyondNoise(netPromoterScore(5, 3, 2), netPromoterScore(9, 0, 1)));
    EXPECT_TRUE(changeBeyondNoise(netPromoterScore(50, 30, 20), netPromoterScore(90, 0, 10)));
}

TEST(ProportionEstimates, ChangeBeyondNoiseIsFalseWhenUndefined) {
    const Estimate before = proportion(30, 100);
    EXPECT_FALSE(changeBeyondNoise(before, proportion(0, 0)));
    EXPECT_FALSE(changeBeyondNoise(Estimate{}, before));
    Estimate noSe = proportion(90, 100);
    noSe.standardError = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(changeBeyondNoise(before, noSe));
    // Two points without spread that differ are beyond noise.
    EXPECT_TRUE(changeBeyondNoise(proportion(0, 10), proportion(10, 10)));
    EXPECT_FALSE(changeBeyondNoise(proportion(0, 10), proportion(0, 20)));
    EXPECT_GT(kZ95, 1.95);
}
