#include "WarningRuleTest.h"
#include "domain/warnings/FollowUpRule.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestFollowUpRule : public test::WarningRuleTest {
protected:
    void SetUp() override {
        WarningRuleTest::SetUp();
        const auto customer = data->customer("F-1", "am1");
        data->followUp(customer, day - 12, "Send the renewal offer");
        data->followUp(customer, day, "Due today: not overdue yet");
        data->followUp(customer, day - 5, "Done already", true);
        data->followUp(data->customer("F-2", "am2"), day - 1, "");
    }
};

} // namespace

TEST_F(TestFollowUpRule, ListsFollowUpsPastTheirDueDayThatAreNotDone) {
    EXPECT_EQ(evaluate<FollowUpRule>(),
              (std::vector<std::string>{
                  "F-1 2026-06-19: Follow-up due 2026-06-18 is 12 days overdue: Send the renewal "
                  "offer",
                  "F-2 2026-06-30: Follow-up due 2026-06-29 is 1 days overdue."}));
}

TEST_F(TestFollowUpRule, LeavesTheNoteOutWhenPersonalDataIsMasked) {
    WarningInputs inputs = test::warningInputs(*ws);
    inputs.masksPersonalData = true;
    EXPECT_EQ(evaluate<FollowUpRule>(inputs).front(),
              "F-1 2026-06-19: Follow-up due 2026-06-18 is 12 days "
              "overdue.");
}
