// The standing rules on hand-built facts: each lifecycle stage, the loyalty
// ladder (three interactions move a customer to evaluation) and the health
// score's range and direction.

#include "domain/scoring/StandingRules.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

constexpr std::int32_t kToday = 20'000;

storage::StandingFacts buyer(std::int32_t firstAgo, std::int32_t lastAgo, std::int64_t recent,
                             std::int64_t previous) {
    storage::StandingFacts f;
    f.firstPurchaseDay = kToday - firstAgo;
    f.lastPurchaseDay = kToday - lastAgo;
    f.purchases = 5;
    f.recentCents = recent;
    f.previousCents = previous;
    return f;
}

std::string lifecycle(const storage::StandingFacts& f) {
    return StandingRules::lifecycle(f, scoring::ScoringParameters{}, kToday);
}

} // namespace

TEST(TestStandingRules, LifecycleStagesFollowPurchasesAndTheirTrend) {
    EXPECT_EQ(lifecycle(storage::StandingFacts{}), "potential");
    EXPECT_EQ(lifecycle(buyer(89, 10, 100, 0)), "new");
    EXPECT_EQ(lifecycle(buyer(90, 10, 100, 0)), "growing");
    EXPECT_EQ(lifecycle(buyer(400, 10, 119, 100)), "mature");
    EXPECT_EQ(lifecycle(buyer(400, 10, 120, 100)), "growing");
    EXPECT_EQ(lifecycle(buyer(400, 10, 80, 100)), "declining");
    EXPECT_EQ(lifecycle(buyer(800, 364, 0, 0)), "mature");
    EXPECT_EQ(lifecycle(buyer(800, 365, 0, 0)), "churned");
}

TEST(TestStandingRules, ALowPAliveOrAFallingRfmsShowsInTheLifecycle) {
    auto f = buyer(400, 10, 110, 100); // mature by revenue
    f.pAlive = 0.09;
    EXPECT_EQ(lifecycle(f), "churned");
    f.pAlive = 0.5;
    f.previousRfms = 70;
    f.rfms = 55;
    EXPECT_EQ(lifecycle(f), "declining");
    f.rfms = 56;
    EXPECT_EQ(lifecycle(f), "mature");
}

TEST(TestStandingRules, ThreeInteractionsMoveANewCustomerToEvaluation) {
    const scoring::StandingSettings s;
    storage::StandingFacts f;
    f.interactions = 2;
    EXPECT_EQ(StandingRules::loyalty(f, s), "awareness");
    f.interactions = 3;
    EXPECT_EQ(StandingRules::loyalty(f, s), "evaluation");
    f.purchases = 2;
    EXPECT_EQ(StandingRules::loyalty(f, s), "commitment");
    f.advocacy = 1;
    EXPECT_EQ(StandingRules::loyalty(f, s), "behaviour");
}

TEST(TestStandingRules, HealthRunsFrom0To100AndFallsWithLateTicketsAndIdleness) {
    const scoring::ScoringParameters p;
    auto active = buyer(400, 5, 100, 100);
    active.pAlive = 0.95;
    active.meanCsat = 5.0;
    // The worked example of docs/scoring.md section 11.
    EXPECT_EQ(StandingRules::health(active, p, kToday), 99);
    EXPECT_EQ(lifecycle(active), "mature");
    EXPECT_EQ(StandingRules::loyalty(active, p.standing), "commitment");
    auto troubled = active;
    troubled.unresolvedTickets = 2;
    troubled.overdueTickets = 2;
    EXPECT_EQ(StandingRules::health(troubled, p, kToday), 87);
    storage::StandingFacts gone = buyer(900, 400, 0, 0);
    gone.pAlive = 0.0;
    gone.meanCsat = 1.0;
    gone.unresolvedTickets = 5;
    gone.overdueTickets = 5;
    EXPECT_EQ(StandingRules::health(gone, p, kToday), 0);
}
