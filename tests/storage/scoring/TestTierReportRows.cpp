#include "storage/scoring/TierReportRepository.h"
#include "storage/scoring/TierReportRows.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

TierReportRows::Input row(std::string_view code, std::string_view tier, double tierScore,
                          std::optional<std::string_view> previous = std::nullopt) {
    TierReportRows::Input in;
    in.customerId = 1;
    in.code = code;
    in.name = code;
    in.kind = "company";
    in.tier = tier;
    in.previousTier = previous;
    in.tierScore = tierScore;
    in.rfms = tierScore;
    in.monetary = 10;
    in.segment = "Champions";
    return in;
}

std::vector<std::string> codes(const TierReportRows& rows, TierReportRows::Rows which) {
    std::vector<std::string> out;
    rows.forEach(which, [&](const TierReportRowRecord& r) {
        out.push_back(r.code);
        return true;
    });
    return out;
}

} // namespace

// The order the three sorting queries had: tier rank (an unknown name last),
// TierScore highest first, then code byte by byte, including codes that share
// their first eight bytes and a code that is a prefix of another.
TEST(TestTierReportRows, SortsBestTierFirstThenByTierScoreThenCode) {
    TierReportRows rows;
    rows.add(row("C0000003", "Bronze", 5));
    rows.add(row("CUSTOMER10", "Gold", 60));
    rows.add(row("CUSTOMER1", "Gold", 60));
    rows.add(row("CUSTOMER09", "Gold", 60));
    rows.add(row("A9", "Gold", 61.5));
    rows.add(row("Z1", "Legendary", 99)); // not a tier the engine writes
    rows.add(row("B1", "Diamond", 0.5));
    rows.add(row("C0000002", "Bronze", 5));
    rows.sort();
    EXPECT_EQ(codes(rows, TierReportRows::Rows::All),
              (std::vector<std::string>{"B1", "A9", "CUSTOMER09", "CUSTOMER1", "CUSTOMER10",
                                        "C0000002", "C0000003", "Z1"}));
}

TEST(TestTierReportRows, MovedAreTheRowsScoredInBothRunsInAnotherTier) {
    TierReportRows rows;
    rows.add(row("C1", "Gold", 50, "Gold"));
    rows.add(row("C2", "Gold", 40, "Silver"));
    rows.add(row("C3", "Diamond", 90)); // not in the compared run
    rows.add(row("C4", "Bronze", 10, "Diamond"));
    rows.sort();
    EXPECT_EQ(codes(rows, TierReportRows::Rows::Moved), (std::vector<std::string>{"C2", "C4"}));
    EXPECT_EQ(codes(rows, TierReportRows::Rows::All),
              (std::vector<std::string>{"C3", "C1", "C2", "C4"}));
}

TEST(TestTierReportRows, RowsComeBackWithEveryReportColumnAndItsNulls) {
    TierReportRows rows;
    TierReportRows::Input in = row("C1", "Gold", 55.5, "Silver");
    in.customerId = 77;
    in.name = "王伟 Trading";
    in.kind = "person";
    in.ownerId = 5;
    in.ownerName = "张经理";
    in.previousRfms = 41.25;
    in.monetary = 1200.5;
    in.scoreR = 5;
    in.scoreF = 4;
    in.scoreM = 3;
    in.scoreS = 2;
    in.rfms = 60.5;
    in.segment = "Loyal";
    in.crmv = 70.25;
    in.pAlive = 0.875;
    in.clv = 800.125;
    rows.add(in);
    TierReportRows::Input bare = row("C2", "Bronze", 1);
    bare.ownerId = std::nullopt;
    rows.add(bare);
    rows.sort();
    std::vector<TierReportRowRecord> seen;
    rows.forEach(TierReportRows::Rows::All, [&](const TierReportRowRecord& r) {
        seen.push_back(r);
        return true;
    });
    ASSERT_EQ(seen.size(), 2u);
    const TierReportRowRecord& a = seen[0];
    EXPECT_EQ(a.customerId, 77);
    EXPECT_EQ(a.code, "C1");
    EXPECT_EQ(a.name, "王伟 Trading");
    EXPECT_EQ(a.kind, "person");
    EXPECT_EQ(a.ownerId, 5);
    EXPECT_EQ(a.ownerName, "张经理");
    EXPECT_EQ(a.previousTier, "Silver");
    EXPECT_EQ(a.previousRfms, 41.25);
    EXPECT_EQ(a.score.tier, "Gold");
    EXPECT_EQ(a.score.monetary, 1200.5);
    EXPECT_EQ((std::vector<int>{a.score.scoreR, a.score.scoreF, a.score.scoreM, a.score.scoreS}),
              (std::vector<int>{5, 4, 3, 2}));
    EXPECT_EQ(a.score.rfms, 60.5);
    EXPECT_EQ(a.score.segment, "Loyal");
    EXPECT_EQ(a.score.crmv, 70.25);
    EXPECT_EQ(a.score.tierScore, 55.5);
    EXPECT_EQ(a.score.pAlive, 0.875);
    EXPECT_EQ(a.score.clv, 800.125);
    // The reused record must not carry the first row's values into the second.
    const TierReportRowRecord& b = seen[1];
    EXPECT_EQ(b.code, "C2");
    EXPECT_EQ(b.kind, "company");
    EXPECT_FALSE(b.ownerId.has_value());
    EXPECT_FALSE(b.previousTier.has_value());
    EXPECT_FALSE(b.previousRfms.has_value());
    EXPECT_FALSE(b.score.crmv.has_value());
    EXPECT_FALSE(b.score.pAlive.has_value());
    EXPECT_FALSE(b.score.clv.has_value());
}

TEST(TestTierReportRows, GroupsByTierComparedTierAndOwnerLikeTheQueryDid) {
    TierReportRows rows;
    auto add = [&](std::string_view code, std::string_view tier,
                   std::optional<std::string_view> previous, std::optional<std::int64_t> owner,
                   double monetary, std::optional<double> clv) {
        TierReportRows::Input in = row(code, tier, 50, previous);
        in.ownerId = owner;
        in.ownerName = owner ? "Owner " : "";
        in.monetary = monetary;
        in.clv = clv;
        in.pAlive = clv ? std::optional<double>(0.5) : std::nullopt;
        rows.add(in);
    };
    add("C1", "Gold", "Silver", 2, 100, 10);
    add("C2", "Gold", "Silver", 2, 50, std::nullopt);
    add("C3", "Gold", std::nullopt, 2, 7, 1);
    add("C4", "Diamond", "Gold", std::nullopt, 1000, 100);
    add("C5", "Gold", "Silver", 1, 3, 3);
    rows.sort();
    const std::vector<TierGroupRecord> groups = rows.groups();
    ASSERT_EQ(groups.size(), 4u);
    // By tier name, then compared tier (none first), then owner id (none first).
    EXPECT_EQ(groups[0].tier, "Diamond");
    EXPECT_FALSE(groups[0].ownerId.has_value());
    EXPECT_EQ(groups[1].tier, "Gold");
    EXPECT_FALSE(groups[1].previousTier.has_value());
    EXPECT_EQ(groups[2].previousTier, "Silver");
    EXPECT_EQ(groups[2].ownerId, 1);
    const TierGroupRecord& g = groups[3];
    EXPECT_EQ(g.tier, "Gold");
    EXPECT_EQ(g.previousTier, "Silver");
    EXPECT_EQ(g.ownerId, 2);
    EXPECT_EQ(g.ownerName, "Owner ");
    EXPECT_EQ(g.customers, 2);
    EXPECT_EQ(g.monetarySum, 150);
    EXPECT_EQ(g.withClv, 1);
    EXPECT_EQ(g.clvSum, 10);
    EXPECT_EQ(g.withPAlive, 1);
    EXPECT_EQ(g.pAliveSum, 0.5);
}
