#include "demo/activity/DemoPurchases.h"

#include <algorithm>
#include <cmath>

namespace tessera::domain {
namespace {

constexpr double kOrderSigma = 0.5;    // spread of one customer's order values
constexpr double kRefundShare = 0.025; // orders that are (partly) refunded later
constexpr double kLargeOrderShare = 0.01;
constexpr double kLargeOrderShape = 1.6; // Pareto tail of exceptional project orders
constexpr double kLargeOrderCap = 40;

std::vector<std::int32_t> purchaseDays(const DemoContext& c, const DemoProfile& p,
                                       SeededRandom& random) {
    std::vector<std::int32_t> days;
    if (p.purchasesPerYear <= 0 || p.activeUntil < p.activeFrom)
        return days;
    const double years = (p.activeUntil - p.activeFrom + 1) / 365.0;
    // Every customer who is not a prospect bought at least once.
    const int count = std::max(1, random.poisson(p.purchasesPerYear * years));
    // Customers won inside the window buy on their first day.
    if (p.acquisitionDay >= c.firstDay)
        days.push_back(p.acquisitionDay);
    while (static_cast<int>(days.size()) < count)
        days.push_back(c.seasonality.drawDay(random, p.activeFrom, p.activeUntil));
    std::sort(days.begin(), days.end());
    return days;
}

std::int64_t orderCents(const DemoProfile& p, SeededRandom& random) {
    double cents = p.medianOrderCents * std::exp(kOrderSigma * random.normal());
    if (random.chance(p.company ? 3 * kLargeOrderShare : kLargeOrderShare))
        cents *= std::min(kLargeOrderCap, random.pareto(2, kLargeOrderShape));
    // Companies are invoiced in whole yuan; shop prices keep their cents.
    const double unit = p.company ? 100 : 1;
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(cents / unit)) *
                                         static_cast<std::int64_t>(unit));
}

std::int64_t quantity(const DemoProfile& p, SeededRandom& random) {
    if (p.company)
        return std::max<std::int64_t>(1, std::llround(random.logNormal(8, 0.9)));
    return 1 + random.poisson(0.4);
}

} // namespace

DemoPurchaseSummary generatePurchases(const DemoContext& c, const DemoProfile& p,
                                      SeededRandom& random,
                                      std::vector<storage::TransactionRecord>& out) {
    DemoPurchaseSummary summary;
    const std::size_t first = out.size();
    for (std::int32_t day : purchaseDays(c, p, random)) {
        storage::TransactionRecord order;
        order.day = day;
        order.amountCents = orderCents(p, random);
        order.quantity = quantity(p, random);
        out.push_back(order);
        ++summary.purchases;
        summary.netCents += order.amountCents;
        if (!random.chance(kRefundShare))
            continue;
        storage::TransactionRecord refund = order;
        refund.day = day + static_cast<std::int32_t>(random.between(2, 30));
        if (refund.day > c.endDay)
            continue;
        if (random.chance(0.4)) { // a partial refund: some items came back
            refund.quantity = std::max<std::int64_t>(1, order.quantity / 2);
            refund.amountCents = order.amountCents * random.between(20, 80) / 100;
        }
        refund.amountCents = -refund.amountCents;
        out.push_back(refund);
        summary.netCents += refund.amountCents;
    }
    // Refunds were appended after their order; the table is clustered by day.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
    if (summary.purchases > 0) {
        summary.firstDay = out[first].day;
        summary.lastDay = c.endDay;
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (it->amountCents >= 0) {
                summary.lastDay = it->day;
                break;
            }
    }
    return summary;
}

} // namespace tessera::domain
