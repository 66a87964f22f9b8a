#pragma once

// When a lifetime-value fit should not be trusted (models.md, "Unsound
// fits"). The engine names each problem with a kind and the numbers behind
// it; the domain turns them into sentences in the user's language.
//
// The bounds do not depend on the time unit or the currency: shape
// parameters are pure numbers, and a scale parameter is compared with the
// same scale in the data (alpha with the mean observation span T, v with the
// mean repeat spend m).

#include "scoring/clv/ObservedInformation.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tessera::scoring {

enum class FitWarningKind {
    NotConverged,           // L-BFGS did not settle: not a maximum of the likelihood
    ShapeTooLarge,          // value > limit: (almost) no heterogeneity left to describe
    ShapeTooSmall,          // value < limit: the fit ran to the edge of the model
    ScaleOffData,           // value / reference outside [1/limit, limit]
    NoFiniteMeanSpend,      // Gamma-Gamma q <= 1
    NotPositiveDefinite,    // the observed information has no Cholesky factor
    StandardErrorNotFinite, // of `parameter`
    TooFewRepeatCustomers,  // value customers used, limit the minimum
};

struct FitWarning {
    FitWarningKind kind = FitWarningKind::NotConverged;
    std::string parameter; // r, alpha, a, b, p, q, v; empty for the whole fit
    double value = std::numeric_limits<double>::quiet_NaN();
    double limit = std::numeric_limits<double>::quiet_NaN();
    double reference = std::numeric_limits<double>::quiet_NaN(); // the data's scale
};

// A shape parameter (r, a, b, p, q) above 100 leaves a coefficient of
// variation of 1/sqrt(100) = 10% or less: (almost) no heterogeneity.
constexpr double kMaxShape = 100.0;
// Below 1e-3 nearly all the mass sits at zero with a tail beyond any data:
// the edge of the parameter space rather than a description of customers.
constexpr double kMinShape = 1e-3;
// A scale parameter more than 1,000 times above or below the data's scale.
constexpr double kMaxScaleRatio = 1e3;
// Gamma-Gamma on fewer repeat customers: see models.md for the reasoning.
constexpr std::int64_t kMinRepeatCustomers = 50;

// Stable keys for storing a warning ("not_converged", ...), and back.
std::string fitWarningKey(FitWarningKind kind);
bool fitWarningFromKey(const std::string& key, FitWarningKind& kind);

struct NamedParameter {
    const char* name;
    double value;
    double standardError;
};

// The checks common to both models.
void checkConvergence(bool converged, std::vector<FitWarning>& warnings);
void checkShape(const NamedParameter& shape, std::vector<FitWarning>& warnings);
void checkScale(const NamedParameter& scale, double dataScale, std::vector<FitWarning>& warnings);
void checkInformation(const ObservedInformation& information,
                      const std::vector<NamedParameter>& parameters,
                      std::vector<FitWarning>& warnings);

} // namespace tessera::scoring
