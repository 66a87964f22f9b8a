#include "WarningRuleTest.h"
#include "domain/warnings/ValueFlowRule.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestValueFlowRule : public test::WarningRuleTest {
protected:
    // A customer scored (fromTier, fromRfms) in the first run and (toTier, toRfms) in the second.
    void moved(const std::string& code, const std::string& fromTier, double fromRfms,
               const std::string& toTier, double toRfms) {
        const auto id = data->customer(code, "am1");
        first.emplace_back(id, fromTier, fromRfms);
        second.emplace_back(id, toTier, toRfms);
    }

    static storage::ScoringRunRecord runRecord(std::int64_t id, std::int32_t asOfDay) {
        storage::ScoringRunRecord run;
        run.id = id;
        run.asOfDay = asOfDay;
        return run;
    }

    WarningInputs inputsForRuns() {
        WarningInputs inputs = test::warningInputs(*ws);
        const auto from = data->run(day - 40, first);
        const auto to = data->run(day - 10, second);
        inputs.previousRun = runRecord(from, day - 40);
        inputs.newestRun = runRecord(to, day - 10);
        return inputs;
    }

    std::vector<std::tuple<std::int64_t, std::string, double>> first, second;
};

} // namespace

TEST_F(TestValueFlowRule, WarnsOnADemotionOrAFallOfFifteenRfmsPoints) {
    moved("V-DEMOTED", "Gold", 60.0, "Silver", 55.0);
    moved("V-FELL", "Gold", 70.0, "Gold", 55.0);
    moved("V-BOTH", "Diamond", 80.0, "Silver", 50.0);
    moved("V-NEAR", "Gold", 70.0, "Gold", 55.1); // down 14.9 points: no warning
    moved("V-UP", "Silver", 40.0, "Gold", 60.0);
    EXPECT_EQ(evaluate<ValueFlowRule>(inputsForRuns()),
              (std::vector<std::string>{
                  "V-DEMOTED 2026-06-20: Demoted from Gold to Silver between the runs of "
                  "2026-05-21 and 2026-06-20.",
                  "V-FELL 2026-06-20: RFMS down 15.0 points (70.0 to 55.0, limit 15.0) between "
                  "the runs of 2026-05-21 and 2026-06-20.",
                  "V-BOTH 2026-06-20: Demoted from Diamond to Silver and RFMS down 30.0 points "
                  "(80.0 to 50.0) between the runs of 2026-05-21 and 2026-06-20."}));
}

TEST_F(TestValueFlowRule, TakesTheStepsAndPointsFromTheThresholds) {
    moved("V-ONE", "Gold", 60.0, "Silver", 52.0);
    moved("V-TWO", "Diamond", 90.0, "Gold", 85.0);
    WarningInputs inputs = inputsForRuns();
    inputs.thresholds.demotionTierSteps = 2;
    inputs.thresholds.rfmsDropPoints = 8.0;
    EXPECT_EQ(evaluate<ValueFlowRule>(inputs),
              (std::vector<std::string>{
                  "V-ONE 2026-06-20: RFMS down 8.0 points (60.0 to 52.0, limit 8.0) between the "
                  "runs of 2026-05-21 and 2026-06-20.",
                  "V-TWO 2026-06-20: Demoted from Diamond to Gold between the runs of 2026-05-21 "
                  "and 2026-06-20."}));
}

TEST_F(TestValueFlowRule, OneRunIsNothingToCompare) {
    moved("V-ONLY", "Gold", 60.0, "Bronze", 10.0);
    WarningInputs inputs = inputsForRuns();
    inputs.previousRun.reset();
    EXPECT_TRUE(evaluate<ValueFlowRule>(inputs).empty());
}
