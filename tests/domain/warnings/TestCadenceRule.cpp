#include "WarningRuleTest.h"
#include "domain/warnings/CadenceRule.h"
#include "storage/sqlite/SharedSnapshot.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestCadenceRule : public test::WarningRuleTest {
protected:
    // A customer of `tier` in the run, last contacted (outbound) `back` days ago.
    std::int64_t contacted(const std::string& code, const std::string& tier, int back) {
        const auto id = data->customer(code, "am1");
        data->contact(id, day - back);
        scores.emplace_back(id, tier, 50.0);
        return id;
    }

    // With a second connection, the scan is split in two halves of the ids.
    std::vector<std::string> cadence(storage::Database* secondReader = nullptr) {
        WarningInputs inputs = test::warningInputs(*ws);
        inputs.newestRun.emplace();
        if (!runId)
            runId = data->run(day - 10, scores);
        inputs.newestRun->id = *runId;
        inputs.secondReader = secondReader;
        return evaluate<CadenceRule>(inputs);
    }

    std::optional<std::int64_t> runId;

    std::vector<std::tuple<std::int64_t, std::string, double>> scores;
};

} // namespace

TEST_F(TestCadenceRule, KeyCustomersAreDueMonthlyAndTheOthersQuarterly) {
    contacted("K-31", "Diamond", 31);
    contacted("K-30", "Platinum", 30); // due today, not yet overdue
    contacted("G-91", "Gold", 91);
    contacted("G-60", "Gold", 60);
    // An inbound call is not our contact: the last outbound one counts.
    const auto inbound = contacted("B-95", "Bronze", 95);
    data->contact(inbound, day - 1, "inbound");
    // Not in the run: no tier, no cadence.
    data->contact(data->customer("U-200", "am1"), day - 200);
    EXPECT_EQ(cadence(),
              (std::vector<std::string>{
                  "K-31 2026-06-30: Last contacted 31 days ago; a Diamond customer is due every "
                  "30 days.",
                  "G-91 2026-06-30: Last contacted 91 days ago; a Gold customer is due every 90 "
                  "days.",
                  "B-95 2026-06-26: Last contacted 95 days ago; a Bronze customer is due every 90 "
                  "days."}));
}

TEST_F(TestCadenceRule, ACustomerNeverContactedCountsFromTheDayTheyWereAdded) {
    scores.emplace_back(data->customer("P-NEVER", "am1", "company", {}, day - 40), "Platinum",
                        80.0);
    scores.emplace_back(data->customer("S-NEVER", "am1", "company", {}, day - 40), "Silver", 20.0);
    EXPECT_EQ(cadence(), (std::vector<std::string>{
                             "P-NEVER 2026-06-21: Not contacted since added 40 days ago; a "
                             "Platinum customer is due every 30 days."}));
}

TEST_F(TestCadenceRule, NoRunMeansNoTiersAndNoCadenceWarnings) {
    data->customer("C-NONE", "am1");
    EXPECT_TRUE(evaluate<CadenceRule>().empty());
}

TEST_F(TestCadenceRule, SplittingTheScanOverTwoConnectionsFindsTheSameWarningsInTheSameOrder) {
    // Overdue and not yet due customers on both sides of the middle id.
    const char* const tiers[] = {"Diamond", "Gold", "Bronze", "Silver"};
    for (int i = 0; i < 12; ++i)
        contacted("S-" + std::to_string(10 + i), tiers[i % 4], 20 + 9 * i);
    scores.emplace_back(data->customer("P-NEVER", "am1", "company", {}, day - 40), "Platinum",
                        80.0);
    const std::vector<std::string> single = cadence();
    ASSERT_GE(single.size(), 6U);
    auto shared = storage::SharedSnapshot::begin(ws->db());
    ASSERT_TRUE(shared.ok()) << shared.error().message;
    EXPECT_EQ(cadence(&(*shared)->second()), single);
}
