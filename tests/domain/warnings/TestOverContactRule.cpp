#include "WarningRuleTest.h"
#include "domain/warnings/OverContactRule.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestOverContactRule : public test::WarningRuleTest {
protected:
};

} // namespace

TEST_F(TestOverContactRule, WarnsOnTheFourthOutboundContactInSevenDays) {
    const auto over = data->customer("C-FOUR", "am1");
    for (int back : {6, 5, 3, 1})
        data->contact(over, day - back);
    // Three outbound contacts and two inbound ones: within the limit.
    const auto three = data->customer("C-THREE", "am1");
    for (int back : {6, 2, 0})
        data->contact(three, day - back);
    data->contact(three, day - 1, "inbound");
    data->contact(three, day - 1, "inbound");
    // Four outbound contacts, but the first is eight days back: outside the window.
    const auto spread = data->customer("C-SPREAD", "am1");
    for (int back : {7, 6, 5, 4})
        data->contact(spread, day - back);
    EXPECT_EQ(evaluate<OverContactRule>(),
              (std::vector<std::string>{
                  "C-FOUR 2026-06-29: 4 outbound contacts in the last 7 days (limit 3)."}));
}

TEST_F(TestOverContactRule, TakesTheLimitAndWindowFromTheThresholds) {
    const auto customer = data->customer("C-TWO", "am1");
    data->contact(customer, day - 9);
    data->contact(customer, day - 2);
    WarningInputs inputs = test::warningInputs(*ws);
    EXPECT_TRUE(evaluate<OverContactRule>(inputs).empty());
    inputs.thresholds.overContactMaxContacts = 1;
    inputs.thresholds.overContactWindowDays = 10;
    EXPECT_EQ(evaluate<OverContactRule>(inputs),
              (std::vector<std::string>{
                  "C-TWO 2026-06-28: 2 outbound contacts in the last 10 days (limit 1)."}));
}
