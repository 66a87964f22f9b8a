#pragma once

// Difference in differences: the uplift of a campaign (or any intervention)
// on a KPI, net of what happened anyway. Each targeted (treated) and each
// comparison (control) unit contributes its own change, after - before, so
// stable differences between the groups cancel; the control group's mean
// change stands in for the trend the treated group would have followed:
//   uplift = mean(treatedChange) - mean(controlChange).
// The two groups are independent samples of possibly unequal spread (Welch):
//   SE = sqrt(s_t^2 / n_t + s_c^2 / n_c),  s^2 the sample variance (n - 1),
//   CI = uplift +- z SE (normal approximation).
//
// Non-finite changes (a unit with a missing before or after) are left out and
// not counted. Either group empty: everything NaN, counts still filled. A
// group of one unit has no sample variance: uplift defined, SE and CI NaN.

#include "scoring/kpi/ProportionEstimates.h"

#include <Eigen/Core>
#include <cstdint>
#include <limits>

namespace tessera::scoring {

struct DidEstimate {
    double uplift = std::numeric_limits<double>::quiet_NaN();
    double standardError = std::numeric_limits<double>::quiet_NaN();
    double ciLow = std::numeric_limits<double>::quiet_NaN();
    double ciHigh = std::numeric_limits<double>::quiet_NaN();
    std::int64_t treated = 0; // units with a finite change
    std::int64_t control = 0;
};

DidEstimate differenceInDifferences(const Eigen::VectorXd& treatedChange,
                                    const Eigen::VectorXd& controlChange, double z = kZ95);

} // namespace tessera::scoring
