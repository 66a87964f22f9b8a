#include "domain/records/CustomerRules.h"

#include <gtest/gtest.h>

using tessera::domain::CustomerRules;

TEST(TestCustomerRules, MasksNamesToInitials) {
    EXPECT_EQ(CustomerRules::initials("Zhang Wei"), "Z. W.");
    EXPECT_EQ(CustomerRules::initials("  anna  berg "), "A. B.");
    EXPECT_EQ(CustomerRules::initials("王伟"), "王*");
    EXPECT_EQ(CustomerRules::initials("欧阳娜娜"), "欧***");
}

TEST(TestCustomerRules, ParsesTagListsWithoutEmptiesOrRepeats) {
    EXPECT_EQ(CustomerRules::parseTags(" vip; export |vip,, key account "),
              (std::vector<std::string>{"vip", "export", "key account"}));
    EXPECT_TRUE(CustomerRules::parseTags("").empty());
}

TEST(TestCustomerRules, ChecksPhonesAndEmails) {
    EXPECT_TRUE(CustomerRules::checkPhone("+86 (21) 5555-0101").empty());
    EXPECT_FALSE(CustomerRules::checkPhone("call me").empty());
    EXPECT_FALSE(CustomerRules::checkPhone("123").empty());
    EXPECT_TRUE(CustomerRules::checkEmail("li.na@example.com.cn").empty());
    for (const char* bad : {"li.na", "@example.com", "a@b", "a@@b.com", "a b@c.com", "a@b.com."})
        EXPECT_FALSE(CustomerRules::checkEmail(bad).empty()) << bad;
}
