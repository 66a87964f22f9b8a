#include "scoring/rfm/CustomerDayOrder.h"

#include <algorithm>
#include <limits>

namespace tessera::scoring {

bool daysAscendPerCustomer(const std::vector<std::int32_t>& customer,
                           const std::vector<std::int32_t>& day, std::int32_t customerCount) {
    std::vector<std::int32_t> lastDay(static_cast<std::size_t>(customerCount),
                                      std::numeric_limits<std::int32_t>::min());
    for (std::size_t row = 0; row < customer.size(); ++row) {
        std::int32_t& last = lastDay[static_cast<std::size_t>(customer[row])];
        if (day[row] < last)
            return false;
        last = day[row];
    }
    return true;
}

std::vector<std::size_t> customerDayPermutation(const std::vector<std::int32_t>& customer,
                                                const std::vector<std::int32_t>& day,
                                                std::int32_t customerCount) {
    std::vector<std::size_t> start(static_cast<std::size_t>(customerCount) + 1, 0);
    for (std::int32_t c : customer)
        ++start[static_cast<std::size_t>(c) + 1];
    for (std::size_t c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];

    std::vector<std::size_t> order(customer.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t row = 0; row < customer.size(); ++row)
        order[next[static_cast<std::size_t>(customer[row])]++] = row;

    const auto byDay = [&](std::size_t a, std::size_t b) { return day[a] < day[b]; };
    for (std::size_t c = 0; c + 1 < start.size(); ++c)
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(start[c]),
                         order.begin() + static_cast<std::ptrdiff_t>(start[c + 1]), byDay);
    return order;
}

} // namespace tessera::scoring
