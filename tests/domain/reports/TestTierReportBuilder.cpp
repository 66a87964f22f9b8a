// The tier report's numbers against the hand-made runs of TierReportFixture.h
// (worked out by hand there), each role's share of them, and masking.

#include "TierReportFixture.h"
#include "domain/reports/TierReportBuilder.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

constexpr std::size_t kDiamond = 0, kPlatinum = 1, kGold = 2, kSilver = 3, kBronze = 4;

class TestTierReportBuilder : public test::TierReportFixture {
protected:
    TierReport build(const std::string& user, TierReportRequest request = {}) {
        workspace = test::openAs(path, user);
        auto report = TierReportBuilder(*workspace).build(request);
        EXPECT_TRUE(report.ok()) << (report ? "" : report.error().message);
        return report ? *report : TierReport{};
    }

    // Code and name of each customer, in report order.
    std::vector<std::string> rows(const TierReport& report, TierReportCustomers::Which which) {
        std::vector<std::string> out;
        EXPECT_TRUE(report.customers
                        .forEach(which,
                                 [&](const storage::TierReportRowRecord& row) {
                                     out.push_back(row.code + " " + row.name);
                                     return true;
                                 })
                        .ok());
        return out;
    }

    std::unique_ptr<Workspace> workspace; // the report reads its customers through it
};

} // namespace

TEST_F(TestTierReportBuilder, DistributionRevenueAndAveragesPerTier) {
    const TierReport report = build("admin");
    EXPECT_EQ(report.run.id, secondRun); // the newest by default
    EXPECT_EQ(report.scope, TierReportScope::Everyone);
    EXPECT_FALSE(report.masked);
    EXPECT_EQ(report.total.customers, 5);
    EXPECT_DOUBLE_EQ(report.total.revenue, 2000);
    EXPECT_DOUBLE_EQ(*report.total.averageClv(), (500 + 100 + 20 + 250) / 4.0);
    EXPECT_DOUBLE_EQ(*report.total.averagePAlive(), (0.9 + 0.5 + 0.1 + 0.7) / 4.0);

    const auto& diamond = report.tiers[kDiamond];
    EXPECT_EQ(diamond.customers, 1);
    EXPECT_DOUBLE_EQ(report.customerShare(diamond), 0.2);
    EXPECT_DOUBLE_EQ(diamond.revenue, 1000);
    EXPECT_DOUBLE_EQ(report.revenueShare(diamond), 0.5);
    EXPECT_DOUBLE_EQ(*diamond.averageClv(), 500);
    EXPECT_EQ(report.tiers[kPlatinum].customers, 0);
    EXPECT_FALSE(report.tiers[kPlatinum].averageClv().has_value());
    const auto& gold = report.tiers[kGold];
    EXPECT_EQ(gold.customers, 2);
    EXPECT_DOUBLE_EQ(report.customerShare(gold), 0.4);
    EXPECT_DOUBLE_EQ(report.revenueShare(gold), 0.25);
    // Zhang Wei has no CLV: the average is over A3 alone.
    EXPECT_DOUBLE_EQ(*gold.averageClv(), 100);
    EXPECT_DOUBLE_EQ(*gold.averagePAlive(), 0.5);
    EXPECT_DOUBLE_EQ(report.revenueShare(report.tiers[kSilver]), 0.25);
    EXPECT_DOUBLE_EQ(report.revenueShare(report.tiers[kBronze]), 0);
    EXPECT_FALSE(report.movements.has_value());
}

TEST_F(TestTierReportBuilder, OwnersByNameWithTheUnassignedLast) {
    const TierReport report = build("admin");
    ASSERT_EQ(report.owners.size(), 4u);
    EXPECT_EQ(report.owners[0].name, "am1");
    EXPECT_EQ(report.owners[0].totals.customers, 2);
    EXPECT_DOUBLE_EQ(report.owners[0].totals.revenue, 1300);
    EXPECT_DOUBLE_EQ(report.revenueShare(report.owners[0].totals), 0.65);
    EXPECT_EQ(report.owners[0].tierCustomers[kDiamond], 1);
    EXPECT_EQ(report.owners[0].tierCustomers[kGold], 1);
    EXPECT_EQ(report.owners[1].name, "am2");
    EXPECT_EQ(report.owners[2].name, "am3");
    EXPECT_EQ(report.owners[2].tierCustomers[kBronze], 1);
    EXPECT_FALSE(report.owners[3].id.has_value());
    EXPECT_DOUBLE_EQ(report.owners[3].totals.revenue, 500);
}

TEST_F(TestTierReportBuilder, PromotionsAndDemotionsAgainstTheComparedRun) {
    const TierReport report = build("admin", {secondRun, firstRun});
    ASSERT_TRUE(report.movements.has_value());
    const TierMovements& m = *report.movements;
    EXPECT_EQ(m.counts[kPlatinum][kDiamond], 1);
    EXPECT_EQ(m.counts[kGold][kGold], 1);
    EXPECT_EQ(m.counts[kDiamond][kGold], 1);
    EXPECT_EQ(m.counts[kSilver][kBronze], 1);
    EXPECT_EQ(m.promotions(), 1);
    EXPECT_EQ(m.demotions(), 2);
    EXPECT_EQ(m.unchanged(), 1);
    EXPECT_EQ(m.notInComparedRun, 1); // U1
    EXPECT_EQ(rows(report, TierReportCustomers::Which::Moved),
              (std::vector<std::string>{"A1 Acme", "A3 王伟", "B1 Bravo"}));
    // An older run reported against a newer one: the movement runs the other way.
    const TierReport back = build("admin", {firstRun, secondRun});
    EXPECT_EQ(back.movements->counts[kDiamond][kPlatinum], 1);
    EXPECT_EQ(back.movements->promotions(), 2);
}

TEST_F(TestTierReportBuilder, CustomersBestTierFirstThenByTierScore) {
    const TierReport report = build("admin");
    EXPECT_EQ(
        rows(report, TierReportCustomers::Which::All),
        (std::vector<std::string>{"A1 Acme", "A2 Zhang Wei", "A3 王伟", "U1 Unowned", "B1 Bravo"}));
    int visited = 0;
    ASSERT_TRUE(report.customers
                    .forEach(TierReportCustomers::Which::All,
                             [&](const storage::TierReportRowRecord&) { return ++visited < 2; })
                    .ok());
    EXPECT_EQ(visited, 2); // a visitor may stop early
}

TEST_F(TestTierReportBuilder, AnAccountManagersReportCoversTheirPortfolioOnly) {
    const TierReport report = build("am1", {secondRun, firstRun});
    EXPECT_EQ(report.scope, TierReportScope::Portfolio);
    EXPECT_EQ(report.total.customers, 2);
    EXPECT_DOUBLE_EQ(report.total.revenue, 1300);
    EXPECT_DOUBLE_EQ(report.revenueShare(report.tiers[kDiamond]), 1000.0 / 1300.0);
    EXPECT_DOUBLE_EQ(report.customerShare(report.tiers[kGold]), 0.5);
    ASSERT_EQ(report.owners.size(), 1u);
    EXPECT_EQ(report.owners[0].name, "am1");
    EXPECT_EQ(report.movements->promotions(), 1);
    EXPECT_EQ(report.movements->demotions(), 0);
    EXPECT_EQ(rows(report, TierReportCustomers::Which::All),
              (std::vector<std::string>{"A1 Acme", "A2 Zhang Wei"}));
}

TEST_F(TestTierReportBuilder, ASupervisorsReportCoversTheTeam) {
    const TierReport report = build("sup");
    EXPECT_EQ(report.scope, TierReportScope::Team);
    EXPECT_EQ(report.total.customers, 3); // am1's two and am2's one; not am3's, not unassigned
    EXPECT_DOUBLE_EQ(report.total.revenue, 1500);
}

TEST_F(TestTierReportBuilder, AnAnalystSeesEveryoneWithPersonsNamesMasked) {
    const TierReport report = build("ana", {secondRun, firstRun});
    EXPECT_TRUE(report.masked);
    EXPECT_EQ(report.total.customers, 5);
    EXPECT_EQ(
        rows(report, TierReportCustomers::Which::All),
        (std::vector<std::string>{"A1 Acme", "A2 Z. W.", "A3 王*", "U1 Unowned", "B1 Bravo"}));
    EXPECT_EQ(rows(report, TierReportCustomers::Which::Moved),
              (std::vector<std::string>{"A1 Acme", "A3 王*", "B1 Bravo"}));
}

TEST_F(TestTierReportBuilder, AnUnknownRunOrNoRunAtAllIsAClearError) {
    auto admin = test::openAs(path, "admin");
    auto missing = TierReportBuilder(*admin).build({999, std::nullopt});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_NE(missing.error().message.find("999"), std::string::npos);
    auto badCompare = TierReportBuilder(*admin).build({secondRun, 998});
    ASSERT_FALSE(badCompare.ok());
    EXPECT_NE(badCompare.error().message.find("998"), std::string::npos);

    const std::string empty = dir.path("empty.tessera");
    test::makeStandardDatabase(empty);
    auto fresh = test::openAs(empty, "admin");
    auto none = TierReportBuilder(*fresh).build({});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    EXPECT_NE(none.error().message.find("scor"), std::string::npos);
}
