#include "scoring/kpi/ProportionEstimates.h"

#include <algorithm>
#include <cmath>

namespace tessera::scoring {

namespace {

// Fills the interval value +- z SE, clamped to the range the quantity can take.
Estimate withInterval(double value, double standardError, std::int64_t n, double z, double lo,
                      double hi) {
    Estimate e;
    e.value = value;
    e.standardError = standardError;
    e.ciLow = std::clamp(value - z * standardError, lo, hi);
    e.ciHigh = std::clamp(value + z * standardError, lo, hi);
    e.n = n;
    return e;
}

} // namespace

Estimate netPromoterScore(std::int64_t promoters, std::int64_t passives, std::int64_t detractors,
                          double z) {
    if (promoters < 0 || passives < 0 || detractors < 0)
        return {};
    const std::int64_t n = promoters + passives + detractors;
    if (n == 0)
        return {};
    const double total = static_cast<double>(n);
    const double pP = static_cast<double>(promoters) / total;
    const double pD = static_cast<double>(detractors) / total;
    const double diff = pP - pD;
    // Rounding can push the variance of a one-category sample a hair below 0.
    const double variance = std::max(0.0, (pP + pD - diff * diff) / total);
    // The point from the counts, so a hand-computed NPS (600 / 40 = 15) is met exactly.
    const double nps = 100.0 * static_cast<double>(promoters - detractors) / total;
    return withInterval(nps, 100.0 * std::sqrt(variance), n, z, -100.0, 100.0);
}

Estimate proportion(std::int64_t hits, std::int64_t n, double z) {
    if (n <= 0)
        return {};
    if (hits < 0 || hits > n) {
        Estimate undefined;
        undefined.n = n;
        return undefined;
    }
    const double total = static_cast<double>(n);
    const double p = static_cast<double>(hits) / total;
    return withInterval(p, std::sqrt(p * (1.0 - p) / total), n, z, 0.0, 1.0);
}

bool changeBeyondNoise(const Estimate& before, const Estimate& after, double z) {
    if (std::isnan(before.standardError) || std::isnan(after.standardError))
        return false; // checked here: hypot(inf, NaN) is inf, not NaN
    const double noise = z * std::hypot(before.standardError, after.standardError);
    // A NaN value makes the comparison false, so an undefined side never signals a change.
    return std::abs(after.value - before.value) > noise;
}

} // namespace tessera::scoring
