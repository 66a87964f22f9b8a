#include "scoring/clv/ClvSummary.h"

#include "scoring/rfm/CustomerDayOrder.h"

#include <limits>

namespace tessera::scoring {

namespace {

constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::min();

// Running state per customer while its rows stream past in day order: the
// day being read is closed (counted) when a later day or the end arrives.
struct HistoryBuilder {
    explicit HistoryBuilder(std::size_t n)
        : first(n, kNone), last(n, kNone), repeatDays(n, 0), repeatTotal(n, 0.0), openDay(n, kNone),
          openTotal(n, 0.0), openIsPurchase(n, false) {}

    void add(std::size_t c, std::int32_t day, double amount) {
        if (day != openDay[c]) {
            close(c);
            openDay[c] = day;
        }
        openTotal[c] += amount;
        openIsPurchase[c] = openIsPurchase[c] || amount >= 0.0;
    }

    void close(std::size_t c) {
        if (openDay[c] != kNone && openIsPurchase[c]) {
            if (first[c] == kNone) {
                first[c] = openDay[c];
            } else {
                ++repeatDays[c];
                repeatTotal[c] += openTotal[c];
            }
            last[c] = openDay[c];
        }
        openDay[c] = kNone;
        openTotal[c] = 0.0;
        openIsPurchase[c] = false;
    }

    std::vector<std::int32_t> first, last, repeatDays;
    std::vector<double> repeatTotal;
    std::vector<std::int32_t> openDay;
    std::vector<double> openTotal;
    std::vector<bool> openIsPurchase;
};

ClvSummary collect(const HistoryBuilder& h, std::int32_t calibrationEndDay, ClvTimeUnit unit) {
    ClvSummary summary;
    summary.unit = unit;
    summary.calibrationEndDay = calibrationEndDay;
    for (std::size_t c = 0; c < h.first.size(); ++c)
        if (h.first[c] != kNone) {
            summary.customer.push_back(static_cast<std::int32_t>(c));
            summary.firstPurchaseDay.push_back(h.first[c]);
        }
    const auto n = static_cast<Eigen::Index>(summary.customer.size());
    summary.x.resize(n);
    summary.tx.resize(n);
    summary.T.resize(n);
    summary.m.resize(n);
    const double unitDays = daysPerUnit(unit);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(summary.customer[static_cast<std::size_t>(i)]);
        summary.x[i] = h.repeatDays[c];
        summary.tx[i] = (h.last[c] - h.first[c]) / unitDays;
        summary.T[i] = (static_cast<double>(calibrationEndDay) - h.first[c]) / unitDays;
        summary.m[i] = h.repeatDays[c] > 0 ? h.repeatTotal[c] / h.repeatDays[c] : 0.0;
    }
    return summary;
}

} // namespace

Result<ClvSummary> summariseForClv(const TransactionColumns& rows, std::int32_t customerCount,
                                   std::int32_t calibrationEndDay, ClvTimeUnit unit) {
    TESSERA_TRY(checkTransactions(rows, customerCount));
    HistoryBuilder builder(static_cast<std::size_t>(customerCount));
    visitInCustomerDayOrder(rows.customer, rows.day, customerCount, [&](std::size_t row) {
        if (rows.day[row] <= calibrationEndDay)
            builder.add(static_cast<std::size_t>(rows.customer[row]), rows.day[row],
                        rows.amount[row]);
    });
    for (std::size_t c = 0; c < static_cast<std::size_t>(customerCount); ++c)
        builder.close(c);
    return collect(builder, calibrationEndDay, unit);
}

} // namespace tessera::scoring
