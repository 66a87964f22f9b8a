#pragma once

// Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: using
// iso-value curves"): a customer's transaction values are Gamma(p, nu) with
// nu ~ Gamma(q, v) across customers. Fitted on the customers with x > 0
// repeat purchase days and a mean repeat day-total m > 0; per customer
//   ln Gamma(px+q) - ln Gamma(px) - ln Gamma(q) + q ln v
//   + (px-1) ln m + px ln x - (px+q) ln(xm+v).

#include "common/Result.h"
#include "scoring/clv/FitSoundness.h"
#include "scoring/clv/MaximumLikelihood.h"

#include <Eigen/Core>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tessera::scoring {

struct GammaGammaParameters {
    double p = 1.0;
    double q = 1.0;
    double v = 1.0;
};

struct GammaGammaFit : FitDiagnostics {
    GammaGammaParameters parameters;
    // From the observed information at the optimum; NaN where they do not exist.
    GammaGammaParameters standardErrors{std::numeric_limits<double>::quiet_NaN(),
                                        std::numeric_limits<double>::quiet_NaN(),
                                        std::numeric_limits<double>::quiet_NaN()};
    std::vector<FitWarning> warnings; // empty when the fit is sound
    std::int64_t customersUsed = 0;   // x > 0 and m > 0
};

// Customers with x = 0 or m <= 0 are skipped (they carry no spend information).
double gammaGammaLogLikelihood(const GammaGammaParameters& parameters, const Eigen::VectorXd& x,
                               const Eigen::VectorXd& m);

// Fits, then fills in the standard errors and the warnings (assessGammaGammaFit).
Result<GammaGammaFit> fitGammaGamma(const Eigen::VectorXd& x, const Eigen::VectorXd& m);

// What is unsound about a fit: fewer than kMinRepeatCustomers customers, no
// convergence, p or q outside [kMinShape, kMaxShape], q <= 1 (no finite mean
// spend), v more than kMaxScaleRatio from the mean m, an information matrix
// that is not positive definite or a standard error that is not finite.
std::vector<FitWarning> assessGammaGammaFit(const GammaGammaFit& fit,
                                            const ObservedInformation& information, double meanM);

// The population mean value p v / (q - 1); NaN when q <= 1 (no finite mean).
double gammaGammaPopulationMean(const GammaGammaParameters& parameters);

// E[value | x, m] = p (v + x m) / (p x + q - 1) for customers used in the fit;
// the population mean for the others (x = 0 or m <= 0).
double gammaGammaExpectedValue(const GammaGammaParameters& parameters, double x, double m);

} // namespace tessera::scoring
