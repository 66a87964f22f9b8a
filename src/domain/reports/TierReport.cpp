#include "domain/reports/TierReport.h"

namespace tessera::domain {
namespace {

std::optional<double> average(double sum, std::int64_t count) {
    if (count == 0)
        return std::nullopt;
    return sum / static_cast<double>(count);
}

double share(double part, double whole) {
    return whole > 0 ? part / whole : 0.0;
}

} // namespace

void TierReportTotals::add(const storage::TierGroupRecord& group) {
    customers += group.customers;
    revenue += group.monetarySum;
    withClv += group.withClv;
    clvSum += group.clvSum;
    withPAlive += group.withPAlive;
    pAliveSum += group.pAliveSum;
}

std::optional<double> TierReportTotals::averageClv() const {
    return average(clvSum, withClv);
}

std::optional<double> TierReportTotals::averagePAlive() const {
    return average(pAliveSum, withPAlive);
}

std::int64_t TierMovements::promotions() const {
    std::int64_t n = 0;
    for (int from = 0; from < scoring::kTierCount; ++from)
        for (int to = 0; to < from; ++to) // a lower index is a better tier
            n += counts[from][to];
    return n;
}

std::int64_t TierMovements::demotions() const {
    std::int64_t n = 0;
    for (int from = 0; from < scoring::kTierCount; ++from)
        for (int to = from + 1; to < scoring::kTierCount; ++to)
            n += counts[from][to];
    return n;
}

std::int64_t TierMovements::unchanged() const {
    std::int64_t n = 0;
    for (int tier = 0; tier < scoring::kTierCount; ++tier)
        n += counts[tier][tier];
    return n;
}

double TierReport::customerShare(const TierReportTotals& part) const {
    return share(static_cast<double>(part.customers), static_cast<double>(total.customers));
}

double TierReport::revenueShare(const TierReportTotals& part) const {
    return share(part.revenue, total.revenue);
}

} // namespace tessera::domain
