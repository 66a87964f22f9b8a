#pragma once

// Raw RFM-S values per customer over the window (scoring.md section 1):
//   R_days  D - last purchase day; +inf when the window holds no purchase day
//   F       distinct purchase days (a purchase day has a row with amount >= 0,
//           so a zero-value purchase counts and a refund-only day does not)
//   M       sum of all amounts, refunds included, floored at 0
//   S       sum of the social weights of the customer's interactions

#include "common/Result.h"
#include "scoring/ScoringInputs.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct RawValues {
    Eigen::VectorXd recencyDays;
    Eigen::VectorXd frequency;
    Eigen::VectorXd monetary;
    Eigen::VectorXd social;
};

// R, F and M from the transactions; S is left at 0.
Result<RawValues> aggregatePurchases(const TransactionColumns& transactions,
                                     std::int32_t customerCount, const DayWindow& window);

// S from the interactions, weighted by kind code (codes past the table weigh 0).
Result<Eigen::VectorXd> aggregateSocial(const InteractionColumns& interactions,
                                        std::int32_t customerCount, const DayWindow& window,
                                        const std::vector<double>& weightByKind);

// Both of the above.
Result<RawValues> aggregateRawValues(const TransactionColumns& transactions,
                                     const InteractionColumns& interactions,
                                     std::int32_t customerCount, const DayWindow& window,
                                     const std::vector<double>& weightByKind);

} // namespace tessera::scoring
