#include "storage/customers/CustomerCodeIndex.h"

#include <gtest/gtest.h>
#include <string>

using tessera::storage::CustomerCodeIndex;

TEST(TestCustomerCodeIndex, FindsShortAndLongCodesAcrossGrowth) {
    CustomerCodeIndex index;
    for (int i = 0; i < 50000; ++i)
        index.insert("C" + std::to_string(i), i + 1);
    const std::string longCode(40, 'L');
    index.insert(longCode, 999999);
    EXPECT_EQ(index.size(), 50001u);
    EXPECT_EQ(index.find("C0"), 1);
    EXPECT_EQ(index.find("C49999"), 50000);
    EXPECT_EQ(index.find(longCode), 999999);
    EXPECT_FALSE(index.find("C50000").has_value());
    EXPECT_FALSE(index.find("").has_value());
}

TEST(TestCustomerCodeIndex, KeepsTheFirstIdOfADuplicateAndTellsLeadingZerosApart) {
    CustomerCodeIndex index;
    index.insert("00001", 1);
    index.insert("00001", 2);
    index.insert("1", 3);
    EXPECT_EQ(index.find("00001"), 1);
    EXPECT_EQ(index.find("1"), 3);
    EXPECT_EQ(index.size(), 2u);
}
