#include "scoring/ScoringParameters.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

namespace {

bool mentions(const std::vector<std::string>& messages, const std::string& text) {
    for (const auto& message : messages)
        if (message.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(ScoringParameters, DefaultsAreThoseOfTheSpecification) {
    const ScoringParameters p;
    EXPECT_FALSE(p.window.allHistory);
    EXPECT_EQ(p.window.days, 365);
    EXPECT_EQ(p.rfmsWeights.recency, 0.25);
    EXPECT_EQ(p.rfmsWeights.frequency, 0.25);
    EXPECT_EQ(p.rfmsWeights.monetary, 0.30);
    EXPECT_EQ(p.rfmsWeights.social, 0.20);
    EXPECT_EQ(p.socialWeight(static_cast<std::uint8_t>(InteractionKind::Referral)), 3.0);
    EXPECT_EQ(p.socialWeight(static_cast<std::uint8_t>(InteractionKind::Review)), 2.0);
    EXPECT_EQ(p.socialWeight(static_cast<std::uint8_t>(InteractionKind::Share)), 1.0);
    EXPECT_EQ(p.socialWeight(static_cast<std::uint8_t>(InteractionKind::Comment)), 1.0);
    EXPECT_EQ(p.socialWeight(static_cast<std::uint8_t>(InteractionKind::Complaint)), 0.0);
    EXPECT_EQ(p.socialWeight(255), 0.0);
    EXPECT_EQ(p.kmeans.clusterCount, 4);
    EXPECT_EQ(p.kmeans.maxIterations, 100);
    EXPECT_EQ(p.crmv.likertScaleMax, 7);
    EXPECT_EQ(p.crmv.minSegmentRespondents, 30);
    EXPECT_EQ(p.tiers.lambda, 0.6);
    EXPECT_EQ(p.tiers.scheme, TierSchemeKind::CumulativeShares);
    EXPECT_EQ(p.tiers.cumulativeShares, (std::array<double, 5>{0.08, 0.20, 0.40, 0.70, 1.0}));
    EXPECT_EQ(p.clv.unit, ClvTimeUnit::Weeks);
    EXPECT_EQ(p.clv.horizon, 52.0);
    EXPECT_EQ(p.clv.annualDiscountRate, 0.0);
    EXPECT_EQ(p.warnings.churnInactivityDays, 90);
    EXPECT_EQ(p.warnings.overContactMaxContacts, 3);
    EXPECT_EQ(p.warnings.overContactWindowDays, 7);
    EXPECT_EQ(p.warnings.lowestKeyTier, Tier::Platinum);
    EXPECT_EQ(p.warnings.keyCustomerCadenceDays, 30);
    EXPECT_EQ(p.warnings.otherCustomerCadenceDays, 90);
    EXPECT_EQ(p.warnings.demotionTierSteps, 1);
    EXPECT_EQ(p.warnings.rfmsDropPoints, 15.0);
    EXPECT_EQ(p.warnings.kpiDropShare, 0.05);
    EXPECT_EQ(p.warnings.kpiTargetGapShare, 0.10);
    EXPECT_EQ(p.warnings.cronbachAlphaMinimum, 0.85);
}

TEST(ScoringParameters, DefaultsValidate) {
    EXPECT_TRUE(ScoringParameters{}.validate().empty());
}

TEST(ScoringParameters, WeightsMustSumToOne) {
    ScoringParameters p;
    p.rfmsWeights.social = 0.3;
    const auto messages = p.validate();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(mentions(messages, "must sum to 1; they sum to 1.1"));
}

TEST(ScoringParameters, SharesMustIncreaseAndEndAtOne) {
    ScoringParameters p;
    p.tiers.cumulativeShares = {0.08, 0.05, 0.40, 0.70, 0.9};
    const auto messages = p.validate();
    EXPECT_TRUE(mentions(messages, "Platinum (0.05) must be above the previous tier's (0.08)"));
    EXPECT_TRUE(mentions(messages, "Bronze must be 1"));
}

TEST(ScoringParameters, ThresholdsMustDecrease) {
    ScoringParameters p;
    p.tiers.scheme = TierSchemeKind::AbsoluteThresholds;
    p.tiers.minimumScores = {80, 85, 50, 35};
    EXPECT_TRUE(mentions(p.validate(), "Platinum (85) must be below that of Diamond (80)"));
}

TEST(ScoringParameters, OtherSettingsAreChecked) {
    ScoringParameters p;
    p.kmeans.clusterCount = 0;
    p.window.days = 0;
    p.tiers.lambda = 1.5;
    p.crmv.likertScaleMax = 1;
    p.clv.horizon = 0;
    p.warnings.cronbachAlphaMinimum = 2;
    const auto messages = p.validate();
    EXPECT_EQ(messages.size(), 6u);
    EXPECT_TRUE(mentions(messages, "k must be between 1 and 625"));
    EXPECT_TRUE(mentions(messages, "at least 1 day"));
    EXPECT_TRUE(mentions(messages, "lambda"));
    p.window.allHistory = true; // the window length no longer matters
    EXPECT_EQ(p.validate().size(), 5u);
}
