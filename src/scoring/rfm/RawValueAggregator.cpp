#include "scoring/rfm/RawValueAggregator.h"

#include <algorithm>
#include <array>
#include <limits>

namespace tessera::scoring {

namespace {

constexpr std::int32_t kNoPurchase = std::numeric_limits<std::int32_t>::min();

// Orders days as unsigned numbers so that (customer, day) packs into one key.
std::uint64_t customerDayKey(std::int32_t customer, std::int32_t day) {
    const auto biasedDay = static_cast<std::uint32_t>(day) ^ 0x80000000u;
    return (static_cast<std::uint64_t>(customer) << 32) | biasedDay;
}

std::int32_t keyDay(std::uint64_t key) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(key) ^ 0x80000000u);
}

// The slow path for rows whose purchase days are not ascending per customer:
// sort the (customer, day) keys of the purchase rows and count distinct ones.
void countPurchaseDaysUnordered(const TransactionColumns& rows, const DayWindow& window,
                                Eigen::VectorXd& frequency, std::vector<std::int32_t>& lastDay) {
    std::vector<std::uint64_t> keys;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows.amount[i] >= 0.0 && window.contains(rows.day[i]))
            keys.push_back(customerDayKey(rows.customer[i], rows.day[i]));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    frequency.setZero();
    std::fill(lastDay.begin(), lastDay.end(), kNoPurchase);
    for (std::uint64_t key : keys) {
        const auto customer = static_cast<std::size_t>(key >> 32);
        frequency[static_cast<Eigen::Index>(customer)] += 1.0;
        lastDay[customer] = keyDay(key); // keys ascend, so the last one is the latest
    }
}

} // namespace

Result<RawValues> aggregatePurchases(const TransactionColumns& rows, std::int32_t customerCount,
                                     const DayWindow& window) {
    TESSERA_TRY(checkTransactions(rows, customerCount));
    const Eigen::Index n = customerCount;
    RawValues values;
    values.frequency = Eigen::VectorXd::Zero(n);
    values.monetary = Eigen::VectorXd::Zero(n);
    values.social = Eigen::VectorXd::Zero(n);
    std::vector<std::int32_t> lastDay(static_cast<std::size_t>(n), kNoPurchase);

    // One pass in row order: spend always; distinct days by comparing with the
    // customer's latest purchase day, which is right while days ascend.
    bool ascending = true;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::int32_t day = rows.day[i];
        if (!window.contains(day))
            continue;
        const auto c = static_cast<std::size_t>(rows.customer[i]);
        values.monetary[static_cast<Eigen::Index>(c)] += rows.amount[i];
        if (rows.amount[i] < 0.0 || day == lastDay[c])
            continue;
        ascending = ascending && day > lastDay[c];
        values.frequency[static_cast<Eigen::Index>(c)] += 1.0;
        lastDay[c] = day;
    }
    if (!ascending)
        countPurchaseDaysUnordered(rows, window, values.frequency, lastDay);

    values.monetary = values.monetary.cwiseMax(0.0);
    values.recencyDays.resize(n);
    for (Eigen::Index c = 0; c < n; ++c) {
        const std::int32_t last = lastDay[static_cast<std::size_t>(c)];
        values.recencyDays[c] = last == kNoPurchase ? std::numeric_limits<double>::infinity()
                                                    : static_cast<double>(window.last - last);
    }
    return values;
}

Result<Eigen::VectorXd> aggregateSocial(const InteractionColumns& rows, std::int32_t customerCount,
                                        const DayWindow& window,
                                        const std::vector<double>& weightByKind) {
    TESSERA_TRY(checkInteractions(rows, customerCount));
    std::array<double, 256> weight{}; // every uint8 code, so no bounds check per row
    std::copy_n(weightByKind.begin(), std::min<std::size_t>(weightByKind.size(), 256),
                weight.begin());
    Eigen::VectorXd social = Eigen::VectorXd::Zero(customerCount);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (window.contains(rows.day[i]))
            social[rows.customer[i]] += weight[rows.kind[i]];
    return social;
}

Result<RawValues> aggregateRawValues(const TransactionColumns& transactions,
                                     const InteractionColumns& interactions,
                                     std::int32_t customerCount, const DayWindow& window,
                                     const std::vector<double>& weightByKind) {
    auto values = aggregatePurchases(transactions, customerCount, window);
    if (!values)
        return values.error();
    auto social = aggregateSocial(interactions, customerCount, window, weightByKind);
    if (!social)
        return social.error();
    values->social = std::move(*social);
    return values;
}

} // namespace tessera::scoring
