#pragma once

// Lifetime value per customer (scoring.md section 4): summarise the purchase
// histories up to the calibration end, fit BG/NBD and Gamma-Gamma, then
//   CLV = expected purchases over the horizon x expected value per purchase.
// With an annual discount rate d, the horizon is cut into weekly steps and
// the purchases expected in each step are discounted from its end:
//   CLV = value x sum_i (E[X(t_i)] - E[X(t_{i-1})]) / (1 + d)^(years to t_i),
// a year being 365.25 days.

#include "common/Result.h"
#include "scoring/clv/BgNbdModel.h"
#include "scoring/clv/ClvSummary.h"
#include "scoring/clv/GammaGammaModel.h"
#include "scoring/ScoringParameters.h"

#include <Eigen/Core>

namespace tessera::scoring {

struct ClvPredictions {
    // Aligned with ClvSummary::customer.
    Eigen::VectorXd probabilityAlive;
    Eigen::VectorXd expectedPurchases; // over the horizon, undiscounted
    Eigen::VectorXd expectedValue;     // per purchase (day)
    Eigen::VectorXd clv;               // discounted when the rate is above 0
};

struct LifetimeValues {
    ClvSummary summary;
    BgNbdFit bgNbd;
    GammaGammaFit gammaGamma;
    ClvPredictions predictions;
};

// Expected purchases over the horizon, each weekly step discounted.
double discountedExpectedPurchases(const BgNbdParameters& parameters, const ClvSettings& settings,
                                   double x, double tx, double T);

ClvPredictions predictLifetimeValues(const ClvSummary& summary, const BgNbdParameters& bgNbd,
                                     const GammaGammaParameters& gammaGamma,
                                     const ClvSettings& settings);

Result<LifetimeValues> computeLifetimeValues(const TransactionColumns& transactions,
                                             std::int32_t customerCount,
                                             std::int32_t calibrationEndDay,
                                             const ClvSettings& settings);

} // namespace tessera::scoring
