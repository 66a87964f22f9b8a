#include "scoring/rfm/CustomerDayOrder.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

TEST(CustomerDayOrder, InterleavedCustomersWithAscendingDaysAreInOrder) {
    // Sorted by day overall: each customer's days ascend, no permutation needed.
    EXPECT_TRUE(daysAscendPerCustomer({0, 1, 0, 1}, {5, 5, 6, 9}, 2));
    EXPECT_FALSE(daysAscendPerCustomer({0, 1, 0}, {5, 5, 4}, 2));
}

TEST(CustomerDayOrder, PermutationSortsByCustomerThenDayStably) {
    const std::vector<std::int32_t> customer = {1, 0, 1, 0, 1};
    const std::vector<std::int32_t> day = {9, 4, 3, 4, 9};
    EXPECT_EQ(customerDayPermutation(customer, day, 2), (std::vector<std::size_t>{1, 3, 2, 0, 4}));
    std::vector<std::size_t> visited;
    visitInCustomerDayOrder(customer, day, 2, [&](std::size_t row) { visited.push_back(row); });
    EXPECT_EQ(visited, (std::vector<std::size_t>{1, 3, 2, 0, 4}));
}
