#pragma once

// Every default of scoring.md as plain data: the scoring profile. The domain
// layer stores it (as JSON, versioned); the engine reads it and never
// hard-codes any of these numbers in a formula.

#include "scoring/Tier.h"
#include "scoring/rfm/RfmSegmentTable.h"
#include "scoring/survey/InteractionKind.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::scoring {

// Which purchase, interaction and survey days count: D - W < d <= D.
struct WindowSettings {
    bool allHistory = false; // true: every day d <= D counts
    std::int32_t days = 365; // W, used when allHistory is false
};

// Weights of the RFMS composite; they must sum to 1.
struct RfmsWeights {
    double recency = 0.25;
    double frequency = 0.25;
    double monetary = 0.30;
    double social = 0.20;
};

// k-means over the standardised (R, F, M, S) score vectors.
struct KMeansSettings {
    int clusterCount = 4;          // k
    std::uint64_t seed = 20240917; // k-means++ seed, stored with the profile
    int maxIterations = 100;       // Lloyd iterations at most
};

struct CrmvSettings {
    int likertScaleMax = 7;         // survey answers run 1..likertScaleMax
    int minSegmentRespondents = 30; // fewer: use the population fit (see CrmvScorer)
};

enum class TierSchemeKind : std::uint8_t { CumulativeShares = 0, AbsoluteThresholds = 1 };

struct TierSettings {
    double lambda = 0.6; // TierScore = lambda * RFMS + (1 - lambda) * CRMV
    TierSchemeKind scheme = TierSchemeKind::CumulativeShares;
    // Cumulative share of the population, by rank, for Diamond..Bronze.
    std::array<double, kTierCount> cumulativeShares = {0.08, 0.20, 0.40, 0.70, 1.0};
    // Used by AbsoluteThresholds: the lowest TierScore of Diamond, Platinum,
    // Gold and Silver (strictly decreasing); every lower score is Bronze.
    std::array<double, kTierCount - 1> minimumScores = {80.0, 65.0, 50.0, 35.0};
};

enum class ClvTimeUnit : std::uint8_t { Weeks = 0, Days = 1 };

inline constexpr double daysPerUnit(ClvTimeUnit unit) {
    return unit == ClvTimeUnit::Weeks ? 7.0 : 1.0;
}

struct ClvSettings {
    ClvTimeUnit unit = ClvTimeUnit::Weeks;
    double horizon = 52.0;           // in `unit` periods
    double annualDiscountRate = 0.0; // 0: no discounting
};

// Section 5 of scoring.md; the domain layer evaluates them.
struct WarningThresholds {
    int churnInactivityDays = 90;         // no interaction or purchase for this long
    int overContactMaxContacts = 3;       // more outbound contacts than this ...
    int overContactWindowDays = 7;        // ... within this many days
    Tier lowestKeyTier = Tier::Platinum;  // key customers: this tier and better
    int keyCustomerCadenceDays = 30;      // key customers: contact monthly
    int otherCustomerCadenceDays = 90;    // the others: quarterly
    int demotionTierSteps = 1;            // value flow: demoted by this many tiers
    double rfmsDropPoints = 15.0;         // value flow: RFMS down this much
    double kpiDropShare = 0.05;           // a KPI down 5% against the previous period
    double kpiTargetGapShare = 0.10;      // a KPI more than 10% off its target
    double cronbachAlphaMinimum = 0.85;   // a dimension's items below this are flagged
    int ticketFirstResponseHours = 24;    // a ticket's first response is due within this
    int ticketResolutionHours = 72;       // ... and its resolution within this
    int healthWarningBelow = 40;          // a health score under this warns
    double painPointComplaintRate = 0.10; // a journey touchpoint with this complaint rate or more
};

// The rules of a customer's standing (docs/scoring.md, "Lifecycle, loyalty
// and health"): lifecycle stage, loyalty-ladder stage and health score.
struct StandingSettings {
    int newCustomerDays = 90;         // first purchase within this many days: new
    int churnedAfterDays = 365;       // no purchase for this long: churned
    double churnedBelowPAlive = 0.10; // ... or P(alive) under this
    int trendWindowDays = 180;        // growing / declining: this window against the one before
    double trendChangeShare = 0.20;   // revenue up (growing) or down (declining) this share
    int evaluationInteractions = 3;   // this many interactions move a customer to evaluation
    int commitmentPurchases = 2;      // this many purchases: commitment
};

// Data quality and personal-information governance (issue 14): the
// completeness goals and what the access review flags.
struct GovernanceSettings {
    double keyFieldGoal = 0.90;    // share of customers with each key field filled
    double tagCoverageGoal = 0.80; // share of customers with at least one tag
    int bulkReadThreshold = 200;   // personal-data reads by one user in one day that count as bulk
    int workingDayStartHour = 8;   // reads before this hour (database's zone) are out of hours
    int workingDayEndHour = 20;    // ... and from this hour on
};

struct ScoringParameters {
    WindowSettings window;
    RfmsWeights rfmsWeights;
    // Social weight per interaction kind code (InteractionKind); codes past
    // the end weigh 0. Default: referral 3, review 2, share 1, comment 1.
    std::vector<double> socialWeightByKind = {0.0, 3.0, 2.0, 1.0, 1.0};
    RfmSegmentTable segmentTable = RfmSegmentTable::standard();
    KMeansSettings kmeans;
    CrmvSettings crmv;
    TierSettings tiers;
    ClvSettings clv;
    WarningThresholds warnings;
    StandingSettings standing;
    GovernanceSettings governance;

    double socialWeight(std::uint8_t kindCode) const {
        return kindCode < socialWeightByKind.size() ? socialWeightByKind[kindCode] : 0.0;
    }

    // One message per problem, each saying what to change; empty when usable.
    std::vector<std::string> validate() const;
};

} // namespace tessera::scoring
