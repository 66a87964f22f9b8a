#pragma once

// Per-customer passes over transactions need each customer's rows in day
// order (to count distinct days and to close a day's total when the next day
// starts). Rows grouped by customer and sorted by day, or sorted by day
// overall, already are; anything else is put in order through a permutation.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

// True when, for every customer, the days of its rows never decrease.
bool daysAscendPerCustomer(const std::vector<std::int32_t>& customer,
                           const std::vector<std::int32_t>& day, std::int32_t customerCount);

// A stable permutation of the rows that sorts them by (customer, day):
// a counting sort by customer, then a sort by day within each customer.
std::vector<std::size_t> customerDayPermutation(const std::vector<std::int32_t>& customer,
                                                const std::vector<std::int32_t>& day,
                                                std::int32_t customerCount);

// Calls visit(row) for every row, each customer's rows in ascending day order.
template <typename Visit>
void visitInCustomerDayOrder(const std::vector<std::int32_t>& customer,
                             const std::vector<std::int32_t>& day, std::int32_t customerCount,
                             Visit&& visit) {
    if (daysAscendPerCustomer(customer, day, customerCount)) {
        for (std::size_t row = 0; row < customer.size(); ++row)
            visit(row);
        return;
    }
    for (std::size_t row : customerDayPermutation(customer, day, customerCount))
        visit(row);
}

} // namespace tessera::scoring
