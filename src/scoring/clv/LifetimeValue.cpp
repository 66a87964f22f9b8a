#include "scoring/clv/LifetimeValue.h"

#include "scoring/rfm/DistinctRows.h"

#include <algorithm>
#include <cmath>

namespace tessera::scoring {

namespace {

constexpr double kDaysPerYear = 365.25;

} // namespace

double discountedExpectedPurchases(const BgNbdParameters& parameters, const ClvSettings& settings,
                                   double x, double tx, double T) {
    if (settings.annualDiscountRate <= 0.0)
        return bgNbdExpectedPurchases(parameters, settings.horizon, x, tx, T);
    const double unitDays = daysPerUnit(settings.unit);
    const double step = 7.0 / unitDays; // one week in the model's unit
    const double logGrowth = std::log1p(settings.annualDiscountRate);
    double total = 0.0, previous = 0.0, t = 0.0;
    while (t < settings.horizon) {
        t = std::min(t + step, settings.horizon);
        const double expected = bgNbdExpectedPurchases(parameters, t, x, tx, T);
        const double years = t * unitDays / kDaysPerYear;
        total += (expected - previous) * std::exp(-logGrowth * years);
        previous = expected;
    }
    return total;
}

ClvPredictions predictLifetimeValues(const ClvSummary& summary, const BgNbdParameters& bgNbd,
                                     const GammaGammaParameters& gammaGamma,
                                     const ClvSettings& settings) {
    // Customers with the same history share every BG/NBD prediction.
    const DistinctRows histories = distinctRows({&summary.x, &summary.tx, &summary.T});
    const Eigen::Index distinct = histories.size();
    Eigen::VectorXd alive(distinct), purchases(distinct), discounted(distinct);
    for (Eigen::Index j = 0; j < distinct; ++j) {
        const double x = histories.rows(j, 0), tx = histories.rows(j, 1), T = histories.rows(j, 2);
        alive[j] = bgNbdProbabilityAlive(bgNbd, x, tx, T);
        purchases[j] = bgNbdExpectedPurchases(bgNbd, settings.horizon, x, tx, T);
        discounted[j] = settings.annualDiscountRate > 0.0
                            ? discountedExpectedPurchases(bgNbd, settings, x, tx, T)
                            : purchases[j];
    }
    const auto n = static_cast<Eigen::Index>(summary.size());
    ClvPredictions out{Eigen::VectorXd(n), Eigen::VectorXd(n), Eigen::VectorXd(n),
                       Eigen::VectorXd(n)};
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto j = histories.rowOf[static_cast<std::size_t>(i)];
        out.probabilityAlive[i] = alive[j];
        out.expectedPurchases[i] = purchases[j];
        out.expectedValue[i] = gammaGammaExpectedValue(gammaGamma, summary.x[i], summary.m[i]);
        out.clv[i] = discounted[j] * out.expectedValue[i];
    }
    return out;
}

Result<LifetimeValues> computeLifetimeValues(const TransactionColumns& transactions,
                                             std::int32_t customerCount,
                                             std::int32_t calibrationEndDay,
                                             const ClvSettings& settings) {
    if (!(settings.horizon > 0.0) || !(settings.annualDiscountRate >= 0.0))
        return makeError(
            ErrorCode::InvalidArgument,
            "The lifetime value horizon must be above 0 and the discount rate 0 or more.");
    auto summary = summariseForClv(transactions, customerCount, calibrationEndDay, settings.unit);
    if (!summary)
        return summary.error();
    auto bgNbd = fitBgNbd(summary->x, summary->tx, summary->T);
    if (!bgNbd)
        return bgNbd.error();
    auto gammaGamma = fitGammaGamma(summary->x, summary->m);
    if (!gammaGamma)
        return gammaGamma.error();
    LifetimeValues values;
    values.predictions =
        predictLifetimeValues(*summary, bgNbd->parameters, gammaGamma->parameters, settings);
    values.summary = std::move(*summary);
    values.bgNbd = std::move(*bgNbd);
    values.gammaGamma = std::move(*gammaGamma);
    return values;
}

} // namespace tessera::scoring
