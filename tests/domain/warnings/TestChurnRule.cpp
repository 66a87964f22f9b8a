#include "WarningRuleTest.h"
#include "domain/warnings/ChurnRule.h"
#include "storage/sqlite/SharedSnapshot.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestChurnRule : public test::WarningRuleTest {
protected:
};

} // namespace

TEST_F(TestChurnRule, WarnsFromTheDayTheLimitIsReachedAndNotADayBefore) {
    data->purchase(data->customer("C-132", "am1"), day - 132);
    data->purchase(data->customer("C-90", "am1"), day - 90);
    const auto nearMiss = data->customer("C-89", "am1");
    data->purchase(nearMiss, day - 200);
    data->contact(nearMiss, day - 89, "inbound"); // an inbound interaction counts too
    EXPECT_EQ(evaluate<ChurnRule>(),
              (std::vector<std::string>{
                  "C-132 2026-05-19: No purchase or interaction for 132 days (limit 90).",
                  "C-90 2026-06-30: No purchase or interaction for 90 days (limit 90)."}));
}

TEST_F(TestChurnRule, IgnoresActivityAfterTheAsOfDayAndArchivedCustomers) {
    const auto later = data->customer("C-LATER", "am2");
    data->purchase(later, day - 100);
    data->purchase(later, day + 3); // after the as-of day: not yet known
    const auto archived = data->customer("C-ARCH", "am2");
    data->purchase(archived, day - 300);
    data->archive(archived);
    EXPECT_EQ(evaluate<ChurnRule>(),
              (std::vector<std::string>{
                  "C-LATER 2026-06-20: No purchase or interaction for 100 days (limit 90)."}));
}

TEST_F(TestChurnRule, CountsACustomerWithoutActivityFromTheDayTheyWereAdded) {
    data->customer("C-OLD", "am1", "company", {}, day - 95);
    data->customer("C-NEW", "am1", "company", {}, day - 89);
    EXPECT_EQ(evaluate<ChurnRule>(),
              (std::vector<std::string>{"C-OLD 2026-06-25: No purchase or interaction since "
                                        "added 95 days ago (limit 90)."}));
}

TEST_F(TestChurnRule, TakesItsLimitFromTheThresholds) {
    data->purchase(data->customer("C-40", "am1"), day - 40);
    WarningInputs inputs = test::warningInputs(*ws);
    EXPECT_TRUE(evaluate<ChurnRule>(inputs).empty());
    inputs.thresholds.churnInactivityDays = 30;
    EXPECT_EQ(evaluate<ChurnRule>(inputs),
              (std::vector<std::string>{
                  "C-40 2026-06-20: No purchase or interaction for 40 days (limit 30)."}));
}

TEST_F(TestChurnRule, SeesOnlyTheCustomersOfTheOwnersInScope) {
    data->purchase(data->customer("C-AM1", "am1"), day - 100);
    data->purchase(data->customer("C-AM2", "am2"), day - 100);
    WarningInputs inputs = test::warningInputs(*ws);
    inputs.owners = std::vector<std::int64_t>{
        ws->db().queryInt64("SELECT id FROM users WHERE username = 'am2'").value()};
    const auto found = evaluate<ChurnRule>(inputs);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].substr(0, 5), "C-AM2");
}

TEST_F(TestChurnRule, EqualQuietSpellsShareTheirSentenceAndNeverActiveOnesKeepTheirOwn) {
    // The sentences are made once per (never active, days): customers quiet
    // equally long read alike, and a never-active customer with the same
    // number of days still reads "since added".
    data->purchase(data->customer("C-95A", "am1"), day - 95);
    data->purchase(data->customer("C-95B", "am2"), day - 95);
    data->customer("C-95N", "am1", "company", {}, day - 95);
    data->purchase(data->customer("C-96", "am1"), day - 96);
    EXPECT_EQ(evaluate<ChurnRule>(),
              (std::vector<std::string>{
                  "C-95A 2026-06-25: No purchase or interaction for 95 days (limit 90).",
                  "C-95B 2026-06-25: No purchase or interaction for 95 days (limit 90).",
                  "C-95N 2026-06-25: No purchase or interaction since added 95 days ago (limit "
                  "90).",
                  "C-96 2026-06-24: No purchase or interaction for 96 days (limit 90)."}));
}

TEST_F(TestChurnRule, SplittingTheScanOverTwoConnectionsFindsTheSameWarningsInTheSameOrder) {
    // Customers on both sides of the middle id, with and without activity.
    for (int i = 0; i < 12; ++i)
        data->purchase(data->customer("C-S" + std::to_string(10 + i), i % 2 ? "am1" : "am2"),
                       day - 85 - 7 * i);
    data->customer("C-NEVER", "am2", "company", {}, day - 200);
    const std::vector<std::string> single = evaluate<ChurnRule>();
    ASSERT_EQ(single.size(), 12U); // all but C-S10 (85 days)
    auto shared = storage::SharedSnapshot::begin(ws->db());
    ASSERT_TRUE(shared.ok()) << shared.error().message;
    WarningInputs inputs = test::warningInputs(*ws);
    inputs.secondReader = &(*shared)->second();
    EXPECT_EQ(evaluate<ChurnRule>(inputs), single);
}
