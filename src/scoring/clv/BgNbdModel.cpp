#include "scoring/clv/BgNbdModel.h"

#include "scoring/clv/Hypergeometric2F1.h"
#include "scoring/clv/MaximumLikelihood.h"
#include "scoring/clv/ObservedInformation.h"
#include "scoring/clv/SpecialFunctions.h"
#include "scoring/rfm/DistinctRows.h"

#include <algorithm>
#include <cmath>

namespace tessera::scoring {

namespace {

double logSumExp(double u, double v) {
    const double high = std::max(u, v);
    return high + std::log1p(std::exp(std::min(u, v) - high));
}

// The data of a fit, collapsed: distinct histories with counts, and the
// distinct values of x, t_x and T, so that every gamma function and
// logarithm is evaluated once per distinct value, not once per customer.
struct BgNbdData {
    DistinctRows histories;
    DistinctValues x, tx, T;
    double customers = 0.0;

    BgNbdData(const Eigen::VectorXd& xs, const Eigen::VectorXd& txs, const Eigen::VectorXd& Ts)
        : histories(distinctRows({&xs, &txs, &Ts})), x(distinctValues(histories.rows.col(0))),
          tx(distinctValues(histories.rows.col(1))), T(distinctValues(histories.rows.col(2))),
          customers(histories.count.sum()) {}
};

// Terms that depend on the parameters and on x only.
struct PerX {
    Eigen::ArrayXd constant; // A1 + A2 without the r ln alpha part
    Eigen::ArrayXd dConstantDr, dConstantDa, dConstantDb;
    Eigen::ArrayXd logBPlusXMinus1; // ln(b + x - 1), for x > 0
};

PerX perX(const BgNbdParameters& p, const Eigen::VectorXd& xs) {
    const Eigen::Index n = xs.size();
    PerX out{Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd(n),
             Eigen::ArrayXd(n)};
    const double lgR = logGamma(p.r), lgAB = logGamma(p.a + p.b), lgB = logGamma(p.b);
    const double psiR = digamma(p.r), psiAB = digamma(p.a + p.b), psiB = digamma(p.b);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double x = xs[i];
        out.constant[i] =
            logGamma(p.r + x) - lgR + lgAB + logGamma(p.b + x) - lgB - logGamma(p.a + p.b + x);
        const double psiABX = digamma(p.a + p.b + x);
        out.dConstantDr[i] = digamma(p.r + x) - psiR;
        out.dConstantDa[i] = psiAB - psiABX;
        out.dConstantDb[i] = psiAB + digamma(p.b + x) - psiB - psiABX;
        out.logBPlusXMinus1[i] = x > 0.0 ? std::log(p.b + x - 1.0) : 0.0;
    }
    return out;
}

// Negative mean log-likelihood and its gradient in log-parameter space.
double negativeMeanLogLikelihood(const BgNbdData& data, const Eigen::VectorXd& logParameters,
                                 Eigen::VectorXd& gradient) {
    const BgNbdParameters p{std::exp(logParameters[0]), std::exp(logParameters[1]),
                            std::exp(logParameters[2]), std::exp(logParameters[3])};
    const PerX px = perX(p, data.x.values);
    const Eigen::ArrayXd logAlphaT = (p.alpha + data.T.values.array()).log();
    const Eigen::ArrayXd logAlphaTx = (p.alpha + data.tx.values.array()).log();
    const double logAlpha = std::log(p.alpha), logA = std::log(p.a);

    double sum = 0.0, dR = 0.0, dAlpha = 0.0, dA = 0.0, dB = 0.0;
    const DistinctRows& h = data.histories;
    for (Eigen::Index j = 0; j < h.size(); ++j) {
        const auto ix = data.x.indexOf[static_cast<std::size_t>(j)];
        const auto iT = data.T.indexOf[static_cast<std::size_t>(j)];
        const auto itx = data.tx.indexOf[static_cast<std::size_t>(j)];
        const double x = h.rows(j, 0), rx = p.r + x, weight = h.count[j];
        const double a3 = -rx * logAlphaT[iT];
        // Share of the "dropped out after the last purchase" term (x > 0 only).
        double dropShare = 0.0, bracket = a3;
        if (x > 0.0) {
            const double a4 = logA - px.logBPlusXMinus1[ix] - rx * logAlphaTx[itx];
            bracket = logSumExp(a3, a4);
            dropShare = std::exp(a4 - bracket);
        }
        sum += weight * (px.constant[ix] + p.r * logAlpha + bracket);
        dR += weight * (px.dConstantDr[ix] + logAlpha - (1.0 - dropShare) * logAlphaT[iT] -
                        dropShare * logAlphaTx[itx]);
        dAlpha += weight * (p.r / p.alpha - rx * ((1.0 - dropShare) / (p.alpha + h.rows(j, 2)) +
                                                  dropShare / (p.alpha + h.rows(j, 1))));
        dA += weight * (px.dConstantDa[ix] + dropShare / p.a);
        dB += weight * (px.dConstantDb[ix] - (x > 0.0 ? dropShare / (p.b + x - 1.0) : 0.0));
    }
    const double scale = -1.0 / data.customers;
    gradient.resize(4);
    gradient << scale * p.r * dR, scale * p.alpha * dAlpha, scale * p.a * dA, scale * p.b * dB;
    return scale * sum;
}

// Start where the NBD part matches the observed purchase rate (r / alpha).
Eigen::VectorXd startingPoint(const Eigen::VectorXd& x, const Eigen::VectorXd& T) {
    const double purchases = x.sum(), exposure = T.sum();
    const double alpha = purchases > 0.0 && exposure > 0.0 ? exposure / purchases : 1.0;
    Eigen::VectorXd start(4);
    start << 1.0, alpha, 1.0, 1.0;
    return start;
}

Status checkHistories(const Eigen::VectorXd& x, const Eigen::VectorXd& tx,
                      const Eigen::VectorXd& T) {
    if (x.size() == 0)
        return makeError(ErrorCode::InvalidArgument,
                         "No customer bought on or before the calibration end: nothing to fit.");
    if (tx.size() != x.size() || T.size() != x.size())
        return makeError(ErrorCode::Internal, "x, t_x and T have different lengths.");
    const bool valid = (x.array() >= 0.0).all() && (tx.array() >= 0.0).all() &&
                       (T.array() >= tx.array()).all() && x.allFinite() && T.allFinite();
    if (!valid)
        return makeError(ErrorCode::InvalidArgument,
                         "Purchase histories need x >= 0 and 0 <= t_x <= T.");
    return {};
}

} // namespace

double bgNbdLogLikelihood(const BgNbdParameters& parameters, const Eigen::VectorXd& x,
                          const Eigen::VectorXd& tx, const Eigen::VectorXd& T) {
    const BgNbdData data(x, tx, T);
    Eigen::VectorXd logParameters(4), gradient;
    logParameters << std::log(parameters.r), std::log(parameters.alpha), std::log(parameters.a),
        std::log(parameters.b);
    return -negativeMeanLogLikelihood(data, logParameters, gradient) * data.customers;
}

Result<BgNbdFit> fitBgNbd(const Eigen::VectorXd& x, const Eigen::VectorXd& tx,
                          const Eigen::VectorXd& T) {
    TESSERA_TRY(checkHistories(x, tx, T));
    const BgNbdData data(x, tx, T);
    const LogSpaceObjective objective = [&data](const Eigen::VectorXd& logParameters,
                                                Eigen::VectorXd& gradient) {
        return negativeMeanLogLikelihood(data, logParameters, gradient);
    };
    const LogSpaceMinimum minimum = minimiseInLogSpace(objective, startingPoint(x, T));
    BgNbdFit fit;
    fit.parameters = {minimum.parameters[0], minimum.parameters[1], minimum.parameters[2],
                      minimum.parameters[3]};
    static_cast<FitDiagnostics&>(fit) = fitDiagnostics(minimum, data.customers);
    fit.customers = static_cast<std::int64_t>(data.customers);
    fit.distinctHistories = data.histories.size();
    const ObservedInformation information =
        observedInformation(objective, minimum.parameters, data.customers);
    const Eigen::VectorXd& se = information.standardErrors;
    fit.standardErrors = {se[0], se[1], se[2], se[3]};
    fit.warnings = assessBgNbdFit(fit, information, T.mean());
    return fit;
}

std::vector<FitWarning> assessBgNbdFit(const BgNbdFit& fit, const ObservedInformation& information,
                                       double meanT) {
    const BgNbdParameters& p = fit.parameters;
    const BgNbdParameters& se = fit.standardErrors;
    const NamedParameter r{"r", p.r, se.r}, alpha{"alpha", p.alpha, se.alpha}, a{"a", p.a, se.a},
        b{"b", p.b, se.b};
    std::vector<FitWarning> warnings;
    checkConvergence(fit.converged, warnings);
    for (const NamedParameter& shape : {r, a, b})
        checkShape(shape, warnings);
    // alpha is in the time unit, as T is: their ratio is a pure number.
    checkScale(alpha, meanT, warnings);
    checkInformation(information, {r, alpha, a, b}, warnings);
    return warnings;
}

namespace {

// ln of a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x): the odds of having dropped out.
double logDropOutOdds(const BgNbdParameters& p, double x, double tx, double T) {
    return std::log(p.a) - std::log(p.b + x - 1.0) +
           (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

// 1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z), z = t/(alpha+T+t),
// divided by (a - 1). Euler's transformation 2F1(A, B; C; z) =
// (1-z)^(C-A-B) 2F1(C-A, C-B; C; z) turns the product into
// (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), which stays near 1 for any x
// (the direct form overflows for heavy buyers); the two are equal.
double purchaseBracketOverAMinus1(const BgNbdParameters& p, double t, double x, double T) {
    const double z = t / (p.alpha + T + t);
    const double aMinus1 = p.a - 1.0;
    const double f = hypergeometric2F1(p.a + p.b - 1.0 - p.r, aMinus1, p.a + p.b + x - 1.0, z);
    if (f > 0.0) // the usual case: expm1 keeps the digits when a is close to 1
        return -std::expm1(aMinus1 * std::log1p(-z) + std::log(f)) / aMinus1;
    return (1.0 - std::pow(1.0 - z, aMinus1) * f) / aMinus1;
}

} // namespace

double bgNbdProbabilityAlive(const BgNbdParameters& p, double x, double tx, double T) {
    if (x <= 0.0)
        return 1.0;
    return 1.0 / (1.0 + std::exp(logDropOutOdds(p, x, tx, T)));
}

double bgNbdExpectedPurchases(const BgNbdParameters& p, double t, double x, double tx, double T) {
    if (t <= 0.0)
        return 0.0;
    double bracket;
    if (std::abs(p.a - 1.0) < 1e-7) {
        // a = 1 is a removable singularity: average the two sides.
        BgNbdParameters below = p, above = p;
        below.a = 1.0 - 1e-7;
        above.a = 1.0 + 1e-7;
        bracket = 0.5 * (purchaseBracketOverAMinus1(below, t, x, T) +
                         purchaseBracketOverAMinus1(above, t, x, T));
    } else {
        bracket = purchaseBracketOverAMinus1(p, t, x, T);
    }
    return (p.a + p.b + x - 1.0) * bracket * bgNbdProbabilityAlive(p, x, tx, T);
}

} // namespace tessera::scoring
