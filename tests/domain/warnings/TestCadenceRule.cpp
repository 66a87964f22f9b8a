#include "WarningRuleTest.h"
#include "domain/warnings/CadenceRule.h"

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

    std::vector<std::string> cadence() {
        WarningInputs inputs = test::warningInputs(*ws);
        inputs.newestRun.emplace();
        inputs.newestRun->id = data->run(day - 10, scores);
        return evaluate<CadenceRule>(inputs);
    }

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
