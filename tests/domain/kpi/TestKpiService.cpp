// The KPI engine on the worked example of docs/kpis.md (KpiExample.h):
// every figure of May 2026 as computed by hand, an empty period, a single
// respondent, refunds, the breakdown by owner, and the role scoping.

#include "domain/customers/CustomerService.h"
#include "domain/kpi/KpiService.h"
#include "kpi/KpiExample.h"

#include <cmath>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestKpiService : public test::KpiExample {
protected:
    KpiRequest may(storage::KpiGrouping grouping = storage::KpiGrouping::Company) {
        KpiRequest r;
        r.period = *KpiPeriod::parse("2026-05");
        r.grouping = grouping;
        return r;
    }

    static const KpiFigures& group(const KpiReport& report, const std::string& key) {
        for (const auto& g : report.groups)
            if (g.key == key)
                return g;
        throw std::runtime_error("no group " + key);
    }
};

TEST_F(TestKpiService, MayOfTheWorkedExampleMatchesTheHandComputedFigures) {
    auto ws = as("admin");
    auto report = KpiService(*ws).compute(may());
    ASSERT_TRUE(report.ok()) << report.error().message;
    const KpiFigures& f = report->total;
    EXPECT_EQ(f.responses, 6);
    EXPECT_DOUBLE_EQ(f.nps.value, 20.0);
    EXPECT_NEAR(f.nps.standardError, 33.4664, 1e-4);
    EXPECT_NEAR(f.nps.ciLow, -45.5929, 1e-4);
    EXPECT_NEAR(f.nps.ciHigh, 85.5929, 1e-4);
    EXPECT_DOUBLE_EQ(f.csat.value, 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(f.ces, 3.0);
    EXPECT_DOUBLE_EQ(f.dimensions[0], 6.5);
    EXPECT_TRUE(std::isnan(f.dimensions[1]));
    EXPECT_DOUBLE_EQ(f.retentionRate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(f.churnRate, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(f.repurchaseRate, 0.25);
    EXPECT_DOUBLE_EQ(f.conversionRate, 0.5);
    EXPECT_EQ(f.purchases.revenueCents, 66000); // the -40.00 refund subtracted
    EXPECT_EQ(f.tickets, 3);
    EXPECT_EQ(f.complaints, 2);
    EXPECT_DOUBLE_EQ(f.firstResponseHoursMedian, 4.0);
    EXPECT_DOUBLE_EQ(f.resolutionRate, 2.0 / 3.0);
    EXPECT_TRUE(std::isnan(f.clvTotal)); // no scoring run yet
}

TEST_F(TestKpiService, AnEmptyPeriodHasNoFiguresRatherThanZeros) {
    auto ws = as("admin");
    KpiRequest r = may();
    r.period = *KpiPeriod::parse("2026-01");
    auto report = KpiService(*ws).compute(r);
    ASSERT_TRUE(report.ok());
    const KpiFigures& f = report->total;
    EXPECT_EQ(f.responses, 0);
    EXPECT_TRUE(std::isnan(f.nps.value));
    EXPECT_TRUE(std::isnan(f.csat.value));
    EXPECT_TRUE(std::isnan(f.ces));
    EXPECT_TRUE(std::isnan(f.retentionRate));
    EXPECT_TRUE(std::isnan(f.repurchaseRate));
    EXPECT_TRUE(std::isnan(f.firstResponseHoursMedian));
    EXPECT_TRUE(std::isnan(f.resolutionRate));
    EXPECT_EQ(f.purchases.revenueCents, 0);
}

TEST_F(TestKpiService, ByOwnerEachGroupHasItsOwnFiguresAndRevenueShare) {
    auto ws = as("admin");
    auto report = KpiService(*ws).compute(may(storage::KpiGrouping::Owner));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->groups.size(), 3u);
    const KpiFigures& am1 = group(*report, "am1");
    EXPECT_NEAR(am1.nps.value, 200.0 / 3.0, 1e-12); // no detractors
    EXPECT_DOUBLE_EQ(am1.nps.ciHigh, 100.0);        // clamped
    EXPECT_DOUBLE_EQ(am1.csat.value, 0.75);
    EXPECT_DOUBLE_EQ(am1.ces, 2.5);
    EXPECT_DOUBLE_EQ(am1.retentionRate, 0.5);
    EXPECT_DOUBLE_EQ(am1.repurchaseRate, 0.5);
    EXPECT_DOUBLE_EQ(am1.conversionRate, 0.5);
    EXPECT_EQ(am1.purchases.revenueCents, 51000);
    EXPECT_NEAR(am1.revenueShare, 510.0 / 660.0, 1e-12);
    EXPECT_DOUBLE_EQ(am1.firstResponseHoursMedian, 2.0);
    // A single respondent: the interval is the value itself.
    const KpiFigures& am2 = group(*report, "am2");
    EXPECT_EQ(am2.responses, 1);
    EXPECT_DOUBLE_EQ(am2.nps.value, -100.0);
    EXPECT_DOUBLE_EQ(am2.nps.ciLow, -100.0);
    EXPECT_DOUBLE_EQ(am2.nps.ciHigh, -100.0);
    EXPECT_DOUBLE_EQ(am2.csat.value, 0.0);
    EXPECT_TRUE(std::isnan(am2.retentionRate));  // nobody bought in April
    EXPECT_TRUE(std::isnan(am2.conversionRate)); // bought in March: no prospect
    EXPECT_DOUBLE_EQ(am2.resolutionRate, 0.0);
    const KpiFigures& am3 = group(*report, "am3");
    EXPECT_DOUBLE_EQ(am3.nps.value, 0.0);
    EXPECT_DOUBLE_EQ(am3.retentionRate, 1.0);
    // The groups add up to the total.
    EXPECT_EQ(report->total.purchases.revenueCents, 66000);
    EXPECT_DOUBLE_EQ(report->total.nps.value, 20.0);
}

TEST_F(TestKpiService, ByTeamAndByTouchpointGroupTheSameRows) {
    auto ws = as("admin");
    auto teams = KpiService(*ws).compute(may(storage::KpiGrouping::Team));
    ASSERT_TRUE(teams.ok());
    ASSERT_EQ(teams->groups.size(), 2u);
    EXPECT_EQ(group(*teams, "sup").responses, 5);
    EXPECT_EQ(group(*teams, "sup2").responses, 1);
    auto touchpoints = KpiService(*ws).compute(may(storage::KpiGrouping::Touchpoint));
    ASSERT_TRUE(touchpoints.ok());
    ASSERT_EQ(touchpoints->groups.size(), 1u); // none of the example's rows has a touchpoint
    EXPECT_FALSE(touchpoints->groups.front().hasPurchases);
    EXPECT_EQ(touchpoints->total.purchases.revenueCents, 66000);
}

TEST_F(TestKpiService, ASupervisorSeesOnlyTheirTeamsOwners) {
    auto ws = as("sup");
    auto report = KpiService(*ws).compute(may(storage::KpiGrouping::Owner));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->groups.size(), 2u);
    EXPECT_EQ(report->groups[0].key, "am1");
    EXPECT_EQ(report->groups[1].key, "am2");
    EXPECT_EQ(report->total.responses, 5);
    EXPECT_EQ(report->total.purchases.revenueCents, 63000);
}

TEST_F(TestKpiService, AnotherTeamsFiguresAndCustomersAreRefusedAndAudited) {
    auto ws = as("sup");
    const std::int64_t sup2 = count(*ws, "SELECT id FROM users WHERE username = 'sup2'");
    const std::int64_t am3 = count(*ws, "SELECT id FROM users WHERE username = 'am3'");
    KpiRequest r = may();
    r.teamSupervisor = sup2;
    auto team = KpiService(*ws).compute(r);
    ASSERT_FALSE(team.ok());
    EXPECT_EQ(team.error().code, ErrorCode::PermissionDenied);
    r = may();
    r.owner = am3;
    EXPECT_EQ(KpiService(*ws).compute(r).error().code, ErrorCode::PermissionDenied);
    // Drilling down into am3's group finds nobody, and opening am3's customer is refused.
    auto behind = KpiService(*ws).customersBehind(
        may(storage::KpiGrouping::Owner), storage::KpiRepository::Source::Surveys, "am3", 100);
    ASSERT_TRUE(behind.ok());
    EXPECT_TRUE(behind->empty());
    EXPECT_FALSE(CustomerService(*ws).open(ids.at("K5")).ok());
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE outcome = 'refused'"), 3);
}

TEST_F(TestKpiService, AnAccountManagerIsHeldToTheirOwnPortfolio) {
    auto ws = as("am1");
    auto report = KpiService(*ws).compute(may(storage::KpiGrouping::Owner));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->groups.size(), 1u);
    EXPECT_EQ(report->groups[0].key, "am1");
    KpiRequest r = may();
    r.owner = count(*ws, "SELECT id FROM users WHERE username = 'am2'");
    EXPECT_EQ(KpiService(*ws).compute(r).error().code, ErrorCode::PermissionDenied);
}

TEST_F(TestKpiService, TheCustomersBehindAFigureAreThoseItCounts) {
    auto ws = as("admin");
    auto surveyed = KpiService(*ws).customersBehind(
        may(storage::KpiGrouping::Owner), storage::KpiRepository::Source::Surveys, "am1", 100);
    ASSERT_TRUE(surveyed.ok());
    EXPECT_EQ(*surveyed,
              (std::vector<std::int64_t>{ids.at("K1"), ids.at("K2"), ids.at("K3"), ids.at("K6")}));
    auto buyers =
        KpiService(*ws).customersBehind(may(), storage::KpiRepository::Source::Purchases, "", 100);
    ASSERT_TRUE(buyers.ok());
    EXPECT_EQ(*buyers,
              (std::vector<std::int64_t>{ids.at("K1"), ids.at("K3"), ids.at("K4"), ids.at("K5")}));
    auto ticketed =
        KpiService(*ws).customersBehind(may(), storage::KpiRepository::Source::Service, "", 1);
    ASSERT_TRUE(ticketed.ok());
    EXPECT_EQ(ticketed->size(), 1u); // the limit holds
}

TEST_F(TestKpiService, ATierFilterNeedsAKnownTier) {
    auto ws = as("admin");
    KpiRequest r = may();
    r.tier = "Copper";
    EXPECT_EQ(KpiService(*ws).compute(r).error().code, ErrorCode::InvalidArgument);
    r.tier = "gold"; // case does not matter; no scoring run: nobody has a tier
    auto report = KpiService(*ws).compute(r);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->total.responses, 0);
}

} // namespace
