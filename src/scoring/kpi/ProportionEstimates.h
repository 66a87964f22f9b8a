#pragma once

// Point estimates with their sampling noise for the survey KPIs, so a report
// can say whether a movement is real or just the luck of who answered.
//
// Net Promoter Score: NPS = 100 (pP - pD) with pP, pD the promoter and
// detractor shares of n respondents. Scoring a respondent +1, 0 or -1 makes
// NPS/100 a mean of a three-valued (multinomial) variable, whose variance is
//   var(NPS/100) = (pP + pD - (pP - pD)^2) / n.
// The standard error is reported in points (100 sqrt(var)), the unit of the
// value, and the interval value +- z SE is clamped to [-100, 100].
//
// A share p = hits / n gets the normal (Wald) interval p +- z sqrt(p (1 - p) / n),
// clamped to [0, 1]. Wald is what readers of a dashboard expect; it collapses
// to a point at p = 0 or 1, which is the honest "no spread observed".
//
// Undefined results (no respondents, counts that make no sense) are NaN.

#include <cstdint>
#include <limits>

namespace tessera::scoring {

// Two-sided 95% standard-normal quantile, Phi^-1(0.975).
inline constexpr double kZ95 = 1.959963984540054;

struct Estimate {
    double value = std::numeric_limits<double>::quiet_NaN();
    double standardError = std::numeric_limits<double>::quiet_NaN(); // in the unit of value
    double ciLow = std::numeric_limits<double>::quiet_NaN();
    double ciHigh = std::numeric_limits<double>::quiet_NaN();
    std::int64_t n = 0;
};

// NPS in points (-100..100) from counts. A negative count gives NaN with n = 0.
Estimate netPromoterScore(std::int64_t promoters, std::int64_t passives, std::int64_t detractors,
                          double z = kZ95);

// A share (0..1) of hits among n. n <= 0, hits < 0 or hits > n give NaN.
Estimate proportion(std::int64_t hits, std::int64_t n, double z = kZ95);

// Whether the change from `before` to `after` is larger than noise, treating
// the two as independent samples:
//   |after - before| > z sqrt(SE_before^2 + SE_after^2).
// False when either value or standard error is NaN.
bool changeBeyondNoise(const Estimate& before, const Estimate& after, double z = kZ95);

} // namespace tessera::scoring
