#include "domain/import/PendingTransactions.h"

#include <gtest/gtest.h>
#include <random>

using namespace tessera;
using namespace tessera::domain;

// Customers an import creates get ids far above those there were; their rows
// come back in (customer, day) order like every other, rows of the same
// customer and day in the order they were added.
TEST(TestPendingTransactions, VisitsRowsOfOldAndNewCustomersInCustomerAndDayOrder) {
    PendingTransactions pending(/*idLimit=*/100);
    std::mt19937 random(7);
    std::vector<std::int64_t> customers;
    for (std::int64_t id = 1; id < 100; id += 7)
        customers.push_back(id);
    for (std::int64_t id = 100; id < 60'000; id += 331) // new customers, many buckets
        customers.push_back(id);
    std::int64_t added = 0;
    for (int i = 0; i < 20'000; ++i) {
        const std::int64_t customer = customers[random() % customers.size()];
        pending.add(customer, static_cast<std::int32_t>(random() % 50), /*amountCents=*/i, 1,
                    i % 100 == 0 ? "ref" + std::to_string(i) : "");
        ++added;
    }
    ASSERT_EQ(pending.size(), static_cast<std::size_t>(added));

    std::int64_t visited = 0;
    std::int64_t lastCustomer = -1;
    std::int32_t lastDay = -1;
    std::int64_t lastAmount = -1;
    std::int64_t references = 0;
    ASSERT_TRUE(pending
                    .visitInOrder([&](const PendingTransaction& t,
                                      std::optional<std::string> reference) -> Status {
                        const bool sameDay = t.customerId == lastCustomer && t.day == lastDay;
                        EXPECT_TRUE(t.customerId > lastCustomer ||
                                    (t.customerId == lastCustomer && t.day >= lastDay));
                        if (sameDay) {
                            EXPECT_GT(t.amountCents, lastAmount); // the order they were added
                        }
                        if (reference) {
                            EXPECT_EQ(*reference, "ref" + std::to_string(t.amountCents));
                            ++references;
                        }
                        lastCustomer = t.customerId;
                        lastDay = t.day;
                        lastAmount = t.amountCents;
                        ++visited;
                        return {};
                    })
                    .ok());
    EXPECT_EQ(visited, added);
    EXPECT_EQ(references, 200);
}
