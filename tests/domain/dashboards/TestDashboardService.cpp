// The dashboards' figures in one go, on the worked example of docs/kpis.md:
// the same figures as the KPI engine, the trend, the campaigns of the
// period (not for account managers), and the period a dashboard opens on.

#include "domain/dashboards/DashboardService.h"
#include "kpi/KpiExample.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestDashboardService : public test::KpiExample {
protected:
    KpiRequest may(storage::KpiGrouping grouping = storage::KpiGrouping::Owner) {
        KpiRequest r;
        r.period = *KpiPeriod::parse("2026-05");
        r.grouping = grouping;
        return r;
    }
};

TEST_F(TestDashboardService, ShowsTheKpiEnginesFiguresWithTrendTiersAndAlerts) {
    auto ws = as("admin");
    ASSERT_TRUE(KpiTargets(*ws).set("resolution_rate", *KpiPeriod::parse("2026-05"), 0.95).ok());
    auto d = DashboardService(*ws).build(may());
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_DOUBLE_EQ(d->current.total.nps.value, 20.0);
    EXPECT_EQ(d->current.groups.size(), 3u);
    EXPECT_EQ(d->previous.purchases.revenueCents, 21000); // April
    ASSERT_EQ(d->monthly.size(), 12u);
    EXPECT_EQ(d->monthly.back().label, "2026-05");
    EXPECT_EQ(d->monthly.back().figures.responses, 6);
    EXPECT_DOUBLE_EQ(d->monthly.back().figures.nps.value, 20.0);
    EXPECT_EQ(d->monthly.front().label, "2025-06");
    ASSERT_EQ(d->quarterly.size(), 8u);
    EXPECT_EQ(d->quarterly.back().label, "2026Q2");
    EXPECT_EQ(d->quarterly.back().figures.responses, 6);
    ASSERT_EQ(d->byTier.size(), 1u); // no scoring run: everyone has no tier
    EXPECT_EQ(d->byTier.front().purchases.revenueCents, 66000);
    auto alerts = KpiTargets(*ws).alerts(may(storage::KpiGrouping::Company));
    ASSERT_TRUE(alerts.ok());
    ASSERT_EQ(d->alerts.size(), alerts->size());
    for (std::size_t i = 0; i < alerts->size(); ++i)
        EXPECT_EQ(d->alerts[i].kpi, (*alerts)[i].kpi);
}

TEST_F(TestDashboardService, ListsTheCampaignsOfThePeriodButNotForAccountManagers) {
    auto ws = as("admin");
    CampaignDraft c;
    c.name = "May offer";
    c.cost = 100;
    c.startDay = *Calendar::parseDay("2026-05-01");
    c.endDay = *Calendar::parseDay("2026-05-31");
    c.targetKind = "customers";
    c.customerCodes = {"K1", "K3"};
    ASSERT_TRUE(CampaignService(*ws).add(c).ok());
    c.name = "January offer";
    c.startDay = *Calendar::parseDay("2026-01-01");
    c.endDay = *Calendar::parseDay("2026-01-31");
    ASSERT_TRUE(CampaignService(*ws).add(c).ok());
    auto d = DashboardService(*ws).build(may());
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d->campaigns.size(), 1u);
    EXPECT_EQ(d->campaigns.front().campaign.name, "May offer");
    EXPECT_DOUBLE_EQ(d->campaigns.front().roi, 3.1);
    auto mine = DashboardService(*as("am1")).build(may());
    ASSERT_TRUE(mine.ok());
    EXPECT_TRUE(mine->campaigns.empty());
}

TEST_F(TestDashboardService, APeriodToDateComparesWithAsManyDaysOfThePeriodBefore) {
    // On 2026-05-20, May counts to the 20th (K3's refund on the 25th is not
    // in yet) and April to the 20th: every April purchase falls before then.
    auto ws = as("admin", "2026-05-20 10:00");
    auto d = DashboardService(*ws).build(may());
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->through, *Calendar::parseDay("2026-05-20"));
    EXPECT_EQ(d->previousThrough, *Calendar::parseDay("2026-04-20"));
    EXPECT_EQ(d->current.total.purchases.revenueCents, 70000);
    EXPECT_EQ(d->previous.purchases.revenueCents, 21000);
    EXPECT_EQ(d->current.total.responses, 6); // all answered by the 16th
    // A period that is over compares whole periods.
    const auto [now, before] = withComparison(may(), *Calendar::parseDay("2026-06-30"));
    EXPECT_FALSE(now.through.has_value());
    EXPECT_FALSE(before.through.has_value());
    EXPECT_EQ(before.period.label(), "2026-04");
}

TEST_F(TestDashboardService, OpensOnTodaysPeriodOrTheLastOneTheAnswersCoverWhole) {
    // Now is 2026-06-30; the latest answer is from 2026-05-16.
    auto admin = as("admin");
    DashboardService service(*admin);
    EXPECT_EQ(service.defaultPeriod(KpiPeriod::Kind::Quarter)->label(), "2026Q2"); // today's
    EXPECT_EQ(service.defaultPeriod(KpiPeriod::Kind::Month)->label(), "2026-04");  // May is partial
    EXPECT_EQ(service.defaultPeriod(KpiPeriod::Kind::Year)->label(), "2026");
    // Someone who sees no answers opens on today's period.
    auto sup2 = as("sup2");
    DashboardService empty(*sup2);
    exec(*admin,
         "DELETE FROM survey_responses WHERE customer_id = " + std::to_string(ids.at("K5")));
    EXPECT_EQ(empty.defaultPeriod(KpiPeriod::Kind::Month)->label(), "2026-06");
}

} // namespace
