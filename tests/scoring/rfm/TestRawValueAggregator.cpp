#include "scoring/rfm/RawValueAggregator.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace tessera::scoring;

namespace {

constexpr std::int32_t kAsOf = 100;

DayWindow lastTenDays() {
    return DayWindow::ending(kAsOf, WindowSettings{false, 10});
}

RawValues purchasesOf(const TransactionColumns& rows, std::int32_t customers,
                      const DayWindow& window = lastTenDays()) {
    auto values = aggregatePurchases(rows, customers, window);
    EXPECT_TRUE(values.ok());
    return values.ok() ? *values : RawValues{};
}

TransactionColumns shuffled(const TransactionColumns& rows, unsigned seed) {
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    TransactionColumns out;
    for (std::size_t i : order)
        out.add(rows.customer[i], rows.day[i], rows.amount[i]);
    return out;
}

} // namespace

TEST(RawValueAggregator, WindowIsHalfOpenAtTheStart) {
    // W = 10, D = 100: days 91..100 count, 90 and 101 do not.
    TransactionColumns rows;
    rows.add(0, 90, 1000.0);
    rows.add(0, 91, 10.0);
    rows.add(0, 100, 20.0);
    rows.add(0, 101, 5000.0);
    const RawValues values = purchasesOf(rows, 1);
    EXPECT_EQ(values.frequency[0], 2.0);
    EXPECT_EQ(values.monetary[0], 30.0);
    EXPECT_EQ(values.recencyDays[0], 0.0);
}

TEST(RawValueAggregator, AllHistoryStillStopsAtTheAsOfDay) {
    TransactionColumns rows;
    rows.add(0, -5000, 7.0);
    rows.add(0, 101, 5000.0);
    const RawValues values = purchasesOf(rows, 1, DayWindow::ending(kAsOf, {true, 10}));
    EXPECT_EQ(values.frequency[0], 1.0);
    EXPECT_EQ(values.monetary[0], 7.0);
    EXPECT_EQ(values.recencyDays[0], 5100.0);
}

TEST(RawValueAggregator, RefundsReduceSpendButAreNotPurchaseDays) {
    TransactionColumns rows;
    rows.add(0, 95, 50.0);
    rows.add(0, 98, -80.0); // refund-only day: not a purchase day, spend goes negative
    rows.add(1, 93, 40.0);
    rows.add(1, 93, -10.0); // same-day refund: the day is still a purchase day
    const RawValues values = purchasesOf(rows, 2);
    EXPECT_EQ(values.frequency[0], 1.0);
    EXPECT_EQ(values.recencyDays[0], 5.0);
    EXPECT_EQ(values.monetary[0], 0.0); // 50 - 80 floored at 0
    EXPECT_EQ(values.frequency[1], 1.0);
    EXPECT_EQ(values.monetary[1], 30.0);
}

TEST(RawValueAggregator, ZeroValuePurchaseCounts) {
    TransactionColumns rows;
    rows.add(0, 92, 12.0);
    rows.add(0, 99, 0.0);
    const RawValues values = purchasesOf(rows, 1);
    EXPECT_EQ(values.frequency[0], 2.0);
    EXPECT_EQ(values.recencyDays[0], 1.0);
    EXPECT_EQ(values.monetary[0], 12.0);
}

TEST(RawValueAggregator, SeveralRowsOnADayMakeOnePurchaseDay) {
    TransactionColumns rows;
    for (int i = 0; i < 3; ++i)
        rows.add(0, 96, 5.0);
    rows.add(0, 97, 5.0);
    const RawValues values = purchasesOf(rows, 1);
    EXPECT_EQ(values.frequency[0], 2.0);
    EXPECT_EQ(values.monetary[0], 20.0);
}

TEST(RawValueAggregator, CustomersWithoutPurchasesHaveInfiniteRecency) {
    TransactionColumns rows;
    rows.add(1, 95, 10.0);
    rows.add(2, 95, -10.0); // a refund alone is not a purchase
    const RawValues values = purchasesOf(rows, 3);
    for (Eigen::Index c : {0, 2}) {
        EXPECT_TRUE(std::isinf(values.recencyDays[c]));
        EXPECT_EQ(values.frequency[c], 0.0);
        EXPECT_EQ(values.monetary[c], 0.0);
    }
}

TEST(RawValueAggregator, RowOrderDoesNotMatter) {
    TransactionColumns rows;
    std::mt19937 random(3);
    for (int i = 0; i < 2000; ++i)
        rows.add(static_cast<std::int32_t>(random() % 50),
                 static_cast<std::int32_t>(80 + random() % 25),
                 static_cast<double>(static_cast<int>(random() % 200) - 20));
    const RawValues a = purchasesOf(rows, 50);
    const RawValues b = purchasesOf(shuffled(rows, 11), 50);
    EXPECT_EQ(a.frequency, b.frequency);
    EXPECT_EQ(a.recencyDays, b.recencyDays);
    EXPECT_TRUE(a.monetary.isApprox(b.monetary, 1e-12)); // sums in another order
}

TEST(RawValueAggregator, SocialWeighsInteractionsByKind) {
    InteractionColumns rows;
    rows.add(0, 95, static_cast<std::uint8_t>(InteractionKind::Referral)); // 3
    rows.add(0, 96, static_cast<std::uint8_t>(InteractionKind::Review));   // 2
    rows.add(0, 97, static_cast<std::uint8_t>(InteractionKind::Comment));  // 1
    rows.add(0, 97, static_cast<std::uint8_t>(InteractionKind::Call));     // 0
    rows.add(0, 98, 200);                                                  // unknown: 0
    rows.add(0, 90, static_cast<std::uint8_t>(InteractionKind::Referral)); // outside
    rows.add(1, 99, static_cast<std::uint8_t>(InteractionKind::Share));    // 1
    const auto social =
        aggregateSocial(rows, 2, lastTenDays(), ScoringParameters{}.socialWeightByKind);
    ASSERT_TRUE(social.ok());
    EXPECT_EQ((*social)[0], 6.0);
    EXPECT_EQ((*social)[1], 1.0);
}

TEST(RawValueAggregator, RejectsAnUnknownCustomerWithTheRowNumber) {
    TransactionColumns rows;
    rows.add(0, 95, 1.0);
    rows.add(7, 95, 1.0);
    const auto values = aggregatePurchases(rows, 2, lastTenDays());
    ASSERT_FALSE(values.ok());
    EXPECT_NE(values.error().message.find("row 2"), std::string::npos);
}
