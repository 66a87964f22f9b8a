#include "scoring/kpi/DifferenceInDifferences.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using tessera::scoring::DidEstimate;
using tessera::scoring::differenceInDifferences;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::VectorXd vec(std::initializer_list<double> values) {
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (const double x : values)
        v(i++) = x;
    return v;
}

} // namespace

TEST(DifferenceInDifferences, ByHand) {
    // Treated changes 3, 5, 7: mean 5, s_t^2 = (4 + 0 + 4) / 2 = 4.
    // Control changes 1, 2, 3, 2: mean 2, s_c^2 = (1 + 0 + 1 + 0) / 3 = 2/3.
    // uplift = 5 - 2 = 3; SE = sqrt(4/3 + (2/3)/4) = sqrt(4/3 + 1/6) = sqrt(1.5)
    // = 1.224744871391589. z SE = 1.959963984540054 * 1.224744871391589 = 2.400455838177655: CI
    // [0.59954..., 5.40045...].
    const DidEstimate d = differenceInDifferences(vec({3, 5, 7}), vec({1, 2, 3, 2}));
    EXPECT_EQ(d.treated, 3);
    EXPECT_EQ(d.control, 4);
    EXPECT_NEAR(d.uplift, 3.0, 1e-14);
    EXPECT_NEAR(d.standardError, 1.224744871391589, 1e-14);
    EXPECT_NEAR(d.ciLow, 0.5995441618223452, 1e-14);
    EXPECT_NEAR(d.ciHigh, 5.400455838177654, 1e-14);
}

TEST(DifferenceInDifferences, NegativeUpliftAndCustomZ) {
    // Swapping the groups negates the uplift and mirrors the interval; z = 1 gives +- SE.
    const DidEstimate d = differenceInDifferences(vec({1, 2, 3, 2}), vec({3, 5, 7}), 1.0);
    EXPECT_NEAR(d.uplift, -3.0, 1e-14);
    EXPECT_NEAR(d.standardError, std::sqrt(1.5), 1e-14);
    EXPECT_NEAR(d.ciLow, -3.0 - std::sqrt(1.5), 1e-14);
    EXPECT_NEAR(d.ciHigh, -3.0 + std::sqrt(1.5), 1e-14);
}

TEST(DifferenceInDifferences, CommonLevelDoesNotMatter) {
    // Adding a constant to every change (a shared trend) leaves uplift and SE unchanged.
    const DidEstimate d = differenceInDifferences(vec({1e9 + 3, 1e9 + 5, 1e9 + 7}),
                                                  vec({1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 2}));
    EXPECT_NEAR(d.uplift, 3.0, 1e-6);
    EXPECT_NEAR(d.standardError, std::sqrt(1.5), 1e-6);
}

TEST(DifferenceInDifferences, MissingChangesAreLeftOut) {
    const DidEstimate d = differenceInDifferences(
        vec({3, kNaN, 5, 7}), vec({1, 2, std::numeric_limits<double>::infinity(), 3, 2}));
    EXPECT_EQ(d.treated, 3);
    EXPECT_EQ(d.control, 4);
    EXPECT_NEAR(d.uplift, 3.0, 1e-14);
    EXPECT_NEAR(d.standardError, std::sqrt(1.5), 1e-14);
}

TEST(DifferenceInDifferences, EmptyGroupIsUndefined) {
    const DidEstimate noControl = differenceInDifferences(vec({3, 5, 7}), Eigen::VectorXd());
    EXPECT_TRUE(std::isnan(noControl.uplift));
    EXPECT_TRUE(std::isnan(noControl.standardError));
    EXPECT_TRUE(std::isnan(noControl.ciLow));
    EXPECT_TRUE(std::isnan(noControl.ciHigh));
    EXPECT_EQ(noControl.treated, 3);
    EXPECT_EQ(noControl.control, 0);
    const DidEstimate onlyMissing = differenceInDifferences(vec({kNaN}), vec({1, 2}));
    EXPECT_TRUE(std::isnan(onlyMissing.uplift));
    EXPECT_EQ(onlyMissing.treated, 0);
    EXPECT_EQ(onlyMissing.control, 2);
}

TEST(DifferenceInDifferences, SingleUnitGroupHasNoStandardError) {
    // One treated unit: uplift 4 - mean(1, 2, 3) = 2, but s_t^2 is undefined.
    const DidEstimate d = differenceInDifferences(vec({4}), vec({1, 2, 3}));
    EXPECT_EQ(d.treated, 1);
    EXPECT_NEAR(d.uplift, 2.0, 1e-15);
    EXPECT_TRUE(std::isnan(d.standardError));
    EXPECT_TRUE(std::isnan(d.ciLow));
    EXPECT_TRUE(std::isnan(d.ciHigh));
}

TEST(DifferenceInDifferences, NoSpreadGivesZeroStandardError) {
    // Every treated unit gained 2 and every control unit 1: uplift 1, SE 0, CI the point.
    const DidEstimate d = differenceInDifferences(vec({2, 2, 2}), vec({1, 1}));
    EXPECT_EQ(d.uplift, 1.0);
    EXPECT_EQ(d.standardError, 0.0);
    EXPECT_EQ(d.ciLow, 1.0);
    EXPECT_EQ(d.ciHigh, 1.0);
}
