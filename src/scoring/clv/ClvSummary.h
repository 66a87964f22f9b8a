#pragma once

// Per-customer purchase history for the lifetime-value models (scoring.md
// section 4), from the transactions up to and including the calibration end:
//   - a purchase day is a day with at least one row of amount >= 0 (a
//     refund-only day is not one; a zero-value purchase is); its day-total is
//     the sum of all that day's rows, refunds on it included;
//   - x   = purchase days after the first one (repeat purchase days)
//   - t_x = last purchase day - first purchase day, in the time unit
//   - T   = calibration end - first purchase day, in the time unit
//   - m   = mean day-total of the x repeat purchase days (0 when x = 0)
// Customers with no purchase day on or before the calibration end are not
// included. This reproduces the published CDNOW summary exactly.

#include "common/Result.h"
#include "scoring/ScoringInputs.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct ClvSummary {
    ClvTimeUnit unit = ClvTimeUnit::Weeks;
    std::int32_t calibrationEndDay = 0;
    std::vector<std::int32_t> customer; // dense index of each included customer, ascending
    std::vector<std::int32_t> firstPurchaseDay;
    Eigen::VectorXd x;
    Eigen::VectorXd tx;
    Eigen::VectorXd T;
    Eigen::VectorXd m;

    std::size_t size() const { return customer.size(); }
};

Result<ClvSummary> summariseForClv(const TransactionColumns& transactions,
                                   std::int32_t customerCount, std::int32_t calibrationEndDay,
                                   ClvTimeUnit unit);

} // namespace tessera::scoring
