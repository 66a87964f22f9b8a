#include "scoring/clv/Hypergeometric2F1.h"

#include "scoring/clv/SpecialFunctions.h"

#include <cmath>
#include <limits>

namespace tessera::scoring {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
constexpr long kMaxTerms = 20'000'000;

bool isNonPositiveInteger(double value) {
    return value <= 0.0 && value == std::floor(value);
}

bool nearInteger(double value, double tolerance) {
    return std::abs(value - std::round(value)) < tolerance;
}

// The series, stopped once a term is negligible while the terms are
// shrinking (an early tiny term must not stop a series that still grows).
double powerSeries(double a, double b, double c, double z) {
    double term = 1.0;
    double sum = 1.0;
    for (long n = 0; n < kMaxTerms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (term == 0.0)
            return sum; // a or b is a non-positive integer: the series ended
        if (std::abs(term) <= kEpsilon * std::abs(sum) && std::abs(ratio) < 1.0)
            return sum;
    }
    return kNaN;
}

// Gamma(p1) Gamma(p2) / (Gamma(q1) Gamma(q2)) through log-gammas with signs;
// 0 when a denominator gamma has a pole (its reciprocal is 0).
double gammaRatio(double p1, double p2, double q1, double q2) {
    if (isNonPositiveInteger(q1) || isNonPositiveInteger(q2))
        return 0.0;
    int s1 = 1, s2 = 1, s3 = 1, s4 = 1;
    const double log =
        logAbsGamma(p1, s1) + logAbsGamma(p2, s2) - logAbsGamma(q1, s3) - logAbsGamma(q2, s4);
    return s1 * s2 * s3 * s4 * std::exp(log);
}

// A&S 15.3.6: valid when c - a - b is not an integer.
double connectionToOneMinusZ(double a, double b, double c, double z) {
    const double w = 1.0 - z;
    const double s = c - a - b;
    const double first = gammaRatio(c, s, c - a, c - b) * powerSeries(a, b, 1.0 - s, w);
    const double second =
        gammaRatio(c, -s, a, b) * std::pow(w, s) * powerSeries(c - a, c - b, 1.0 + s, w);
    return first + second;
}

double onUnitInterval(double a, double b, double c, double z) {
    const double s = c - a - b;
    const bool useConnection =
        z > 0.9 && !nearInteger(s, 1e-3) && !isNonPositiveInteger(a) && !isNonPositiveInteger(b);
    return useConnection ? connectionToOneMinusZ(a, b, c, z) : powerSeries(a, b, c, z);
}

double gaussSumAtOne(double a, double b, double c) {
    return c - a - b > 0.0 ? gammaRatio(c, c - a - b, c - a, c - b) : kNaN;
}

} // namespace

double hypergeometric2F1(double a, double b, double c, double z) {
    if (std::isnan(a) || std::isnan(b) || std::isnan(c) || std::isnan(z))
        return kNaN;
    if (z == 0.0 || a == 0.0 || b == 0.0)
        return 1.0;
    // c a non-positive integer is a pole, unless the series ends first.
    const bool terminatesFirst =
        (isNonPositiveInteger(a) && a > c) || (isNonPositiveInteger(b) && b > c);
    if (isNonPositiveInteger(c) && !terminatesFirst)
        return kNaN;
    if (z == 1.0)
        return gaussSumAtOne(a, b, c);
    if (z > 1.0)
        return kNaN;
    if (z < 0.0)
        return std::pow(1.0 - z, -a) * onUnitInterval(a, c - b, c, z / (z - 1.0));
    return onUnitInterval(a, b, c, z);
}

} // namespace tessera::scoring
