#include "scoring/clv/ClvSummary.h"

#include "CdnowData.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

ClvSummary summarise(const TransactionColumns& rows, std::int32_t customers, std::int32_t end,
                     ClvTimeUnit unit = ClvTimeUnit::Days) {
    auto summary = summariseForClv(rows, customers, end, unit);
    EXPECT_TRUE(summary.ok());
    return summary.ok() ? *summary : ClvSummary{};
}

} // namespace

TEST(ClvSummary, ReproducesThePublishedCdnowSummary) {
    const CdnowTransactions cdnow = readCdnowSample();
    const std::vector<CdnowSummaryRow> published = readCdnowSummary();
    const ClvSummary summary =
        summarise(cdnow.rows, cdnow.customerCount, dayNumber(1997, 9, 30), ClvTimeUnit::Weeks);
    ASSERT_EQ(summary.size(), published.size()); // every sample customer bought in Q1 1997
    int repeatCustomers = 0;
    for (std::size_t i = 0; i < published.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        ASSERT_EQ(summary.customer[i] + 1, published[i].id);
        EXPECT_EQ(summary.x[row], published[i].x) << "customer " << published[i].id;
        EXPECT_NEAR(summary.tx[row], published[i].tx, 0.005 + 1e-9);
        EXPECT_NEAR(summary.T[row], published[i].T, 0.005 + 1e-9);
        EXPECT_NEAR(summary.m[row], published[i].zbar, 0.005 + 1e-9);
        repeatCustomers += summary.x[row] > 0;
    }
    EXPECT_EQ(repeatCustomers, 946);
}

TEST(ClvSummary, PurchaseDaysRefundsAndZeroValues) {
    TransactionColumns rows;
    rows.add(0, 10, 30.0);
    rows.add(0, 10, 5.0);   // first day total 35: not part of m
    rows.add(0, 12, -20.0); // refund-only day: no purchase day
    rows.add(0, 17, 0.0);   // zero-value purchase: a repeat day of total 0
    rows.add(0, 24, 50.0);
    rows.add(0, 24, -10.0); // same-day refund: day total 40
    rows.add(0, 40, 99.0);  // after the calibration end
    const ClvSummary summary = summarise(rows, 1, 31);
    ASSERT_EQ(summary.size(), 1u);
    EXPECT_EQ(summary.x[0], 2.0);
    EXPECT_EQ(summary.tx[0], 14.0);
    EXPECT_EQ(summary.T[0], 21.0);
    EXPECT_EQ(summary.m[0], 20.0); // (0 + 40) / 2
    EXPECT_EQ(summary.firstPurchaseDay[0], 10);
}

TEST(ClvSummary, CustomersWithoutACalibrationPurchaseAreLeftOut) {
    TransactionColumns rows;
    rows.add(0, 5, -3.0); // only a refund
    rows.add(1, 50, 3.0); // only after the end
    rows.add(2, 7, 3.0);
    const ClvSummary summary = summarise(rows, 3, 14, ClvTimeUnit::Weeks);
    ASSERT_EQ(summary.size(), 1u);
    EXPECT_EQ(summary.customer[0], 2);
    EXPECT_EQ(summary.x[0], 0.0);
    EXPECT_EQ(summary.m[0], 0.0);
    EXPECT_EQ(summary.T[0], 1.0); // 7 days = 1 week
}

TEST(ClvSummary, UnorderedRowsGiveTheSameSummary) {
    TransactionColumns ordered, reversed;
    const std::int32_t customer[] = {0, 0, 1, 0, 1};
    const std::int32_t day[] = {1, 3, 3, 8, 9};
    const double amount[] = {4.0, 6.0, 1.0, 10.0, 2.0};
    for (int i = 0; i < 5; ++i)
        ordered.add(customer[i], day[i], amount[i]);
    for (int i = 4; i >= 0; --i)
        reversed.add(customer[i], day[i], amount[i]);
    const ClvSummary a = summarise(ordered, 2, 10), b = summarise(reversed, 2, 10);
    EXPECT_EQ(a.x, b.x);
    EXPECT_EQ(a.tx, b.tx);
    EXPECT_EQ(a.m, b.m);
    EXPECT_EQ(a.m[0], 8.0);
}
