#pragma once

// BG/NBD (Fader, Hardie and Lee 2005, "Counting your customers the easy
// way"): while alive, a customer buys at rate lambda ~ Gamma(r, alpha); after
// each purchase they drop out with probability p ~ Beta(a, b).
//
// Per customer with history (x, t_x, T), the log-likelihood is
//   ln Gamma(r+x) - ln Gamma(r) + r ln alpha
//   + ln Gamma(a+b) + ln Gamma(b+x) - ln Gamma(b) - ln Gamma(a+b+x)
//   + ln[ (alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x) ]
// where the bracket is evaluated as a log-sum-exp and its second term only
// exists for x > 0.

#include "common/Result.h"
#include "scoring/clv/FitSoundness.h"
#include "scoring/clv/MaximumLikelihood.h"

#include <Eigen/Core>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tessera::scoring {

struct BgNbdParameters {
    double r = 1.0;
    double alpha = 1.0;
    double a = 1.0;
    double b = 1.0;
};

struct BgNbdFit : FitDiagnostics {
    BgNbdParameters parameters;
    // From the observed information at the optimum; NaN where they do not exist.
    BgNbdParameters standardErrors{
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN(),
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    std::vector<FitWarning> warnings; // empty when the fit is sound
    std::int64_t customers = 0;
    std::int64_t distinctHistories = 0; // distinct (x, t_x, T): the work per evaluation
};

// Sum of the per-customer log-likelihoods.
double bgNbdLogLikelihood(const BgNbdParameters& parameters, const Eigen::VectorXd& x,
                          const Eigen::VectorXd& tx, const Eigen::VectorXd& T);

// Fits, then fills in the standard errors and the warnings (assessBgNbdFit).
Result<BgNbdFit> fitBgNbd(const Eigen::VectorXd& x, const Eigen::VectorXd& tx,
                          const Eigen::VectorXd& T);

// What is unsound about a fit: no convergence, r, a or b outside
// [kMinShape, kMaxShape], alpha more than kMaxScaleRatio from the mean T, an
// information matrix that is not positive definite or a standard error that
// is not finite.
std::vector<FitWarning> assessBgNbdFit(const BgNbdFit& fit, const ObservedInformation& information,
                                       double meanT);

// P(alive | x, t_x, T) = 1 / (1 + [x>0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)).
double bgNbdProbabilityAlive(const BgNbdParameters& p, double x, double tx, double T);

// E[purchases in (T, T+t] | x, t_x, T] =
//   (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)
//                        2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]
//   / (1 + [x>0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)).
double bgNbdExpectedPurchases(const BgNbdParameters& p, double t, double x, double tx, double T);

} // namespace tessera::scoring
