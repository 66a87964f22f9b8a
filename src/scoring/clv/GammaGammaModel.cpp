#include "scoring/clv/GammaGammaModel.h"

#include "scoring/clv/MaximumLikelihood.h"
#include "scoring/clv/ObservedInformation.h"
#include "scoring/clv/SpecialFunctions.h"
#include "scoring/rfm/DistinctRows.h"

#include <cmath>
#include <limits>

namespace tessera::scoring {

namespace {

bool usable(double x, double m) {
    return x > 0.0 && m > 0.0 && std::isfinite(m);
}

// Distinct (x, m) pairs of the usable customers, with the parameter-free
// logarithms computed once.
struct GammaGammaData {
    DistinctRows pairs;
    DistinctValues x;
    Eigen::ArrayXd logM, logX;
    double customers = 0.0;

    GammaGammaData(const Eigen::VectorXd& xs, const Eigen::VectorXd& ms) {
        std::vector<double> keptX, keptM;
        for (Eigen::Index i = 0; i < xs.size(); ++i)
            if (usable(xs[i], ms[i])) {
                keptX.push_back(xs[i]);
                keptM.push_back(ms[i]);
            }
        const Eigen::VectorXd vx =
            Eigen::Map<Eigen::VectorXd>(keptX.data(), Eigen::Index(keptX.size()));
        const Eigen::VectorXd vm =
            Eigen::Map<Eigen::VectorXd>(keptM.data(), Eigen::Index(keptM.size()));
        pairs = distinctRows({&vx, &vm});
        x = distinctValues(pairs.rows.col(0));
        logM = pairs.rows.col(1).array().log();
        logX = x.values.array().log();
        customers = pairs.count.sum();
    }
};

double negativeMeanLogLikelihood(const GammaGammaData& data, const Eigen::VectorXd& logParameters,
                                 Eigen::VectorXd& gradient) {
    const double p = std::exp(logParameters[0]), q = std::exp(logParameters[1]),
                 v = std::exp(logParameters[2]);
    // Per distinct x: ln Gamma(px+q) - ln Gamma(px) and the matching digammas.
    const Eigen::Index nx = data.x.values.size();
    Eigen::ArrayXd gammas(nx), psiPXQ(nx), psiPX(nx);
    for (Eigen::Index i = 0; i < nx; ++i) {
        const double px = p * data.x.values[i];
        gammas[i] = logGamma(px + q) - logGamma(px);
        psiPXQ[i] = digamma(px + q);
        psiPX[i] = digamma(px);
    }
    const double lgQ = logGamma(q), psiQ = digamma(q), logV = std::log(v);

    double sum = 0.0, dP = 0.0, dQ = 0.0, dV = 0.0;
    const DistinctRows& pairs = data.pairs;
    for (Eigen::Index j = 0; j < pairs.size(); ++j) {
        const auto ix = data.x.indexOf[static_cast<std::size_t>(j)];
        const double x = pairs.rows(j, 0), m = pairs.rows(j, 1), weight = pairs.count[j];
        const double px = p * x, logXmV = std::log(x * m + v);
        sum += weight * (gammas[ix] - lgQ + q * logV + (px - 1.0) * data.logM[j] +
                         px * data.logX[ix] - (px + q) * logXmV);
        dP += weight * x * (psiPXQ[ix] - psiPX[ix] + data.logM[j] + data.logX[ix] - logXmV);
        dQ += weight * (psiPXQ[ix] - psiQ + logV - logXmV);
        dV += weight * (q / v - (px + q) / (x * m + v));
    }
    const double scale = -1.0 / data.customers;
    gradient.resize(3);
    gradient << scale * p * dP, scale * q * dQ, scale * v * dV;
    return scale * sum;
}

} // namespace

double gammaGammaLogLikelihood(const GammaGammaParameters& parameters, const Eigen::VectorXd& x,
                               const Eigen::VectorXd& m) {
    const GammaGammaData data(x, m);
    Eigen::VectorXd logParameters(3), gradient;
    logParameters << std::log(parameters.p), std::log(parameters.q), std::log(parameters.v);
    return -negativeMeanLogLikelihood(data, logParameters, gradient) * data.customers;
}

Result<GammaGammaFit> fitGammaGamma(const Eigen::VectorXd& x, const Eigen::VectorXd& m) {
    if (x.size() != m.size())
        return makeError(ErrorCode::Internal, "x and m have different lengths.");
    const GammaGammaData data(x, m);
    if (data.customers == 0.0)
        return makeError(ErrorCode::InvalidArgument,
                         "The spend model needs customers with a repeat purchase of positive "
                         "value before the calibration end; there are none.");
    // Start with a population mean p v / (q - 1) equal to the observed one.
    const double meanM =
        (data.pairs.rows.col(1).array() * data.pairs.count.array()).sum() / data.customers;
    Eigen::VectorXd start(3);
    start << 1.0, 2.0, meanM;
    const LogSpaceObjective objective = [&data](const Eigen::VectorXd& logParameters,
                                                Eigen::VectorXd& gradient) {
        return negativeMeanLogLikelihood(data, logParameters, gradient);
    };
    const LogSpaceMinimum minimum = minimiseInLogSpace(objective, start);
    GammaGammaFit fit;
    fit.parameters = {minimum.parameters[0], minimum.parameters[1], minimum.parameters[2]};
    static_cast<FitDiagnostics&>(fit) = fitDiagnostics(minimum, data.customers);
    fit.customersUsed = static_cast<std::int64_t>(data.customers);
    const ObservedInformation information =
        observedInformation(objective, minimum.parameters, data.customers);
    const Eigen::VectorXd& se = information.standardErrors;
    fit.standardErrors = {se[0], se[1], se[2]};
    fit.warnings = assessGammaGammaFit(fit, information, meanM);
    return fit;
}

std::vector<FitWarning> assessGammaGammaFit(const GammaGammaFit& fit,
                                            const ObservedInformation& information, double meanM) {
    const GammaGammaParameters& p = fit.parameters;
    const GammaGammaParameters& se = fit.standardErrors;
    const NamedParameter shapeP{"p", p.p, se.p}, q{"q", p.q, se.q}, v{"v", p.v, se.v};
    std::vector<FitWarning> warnings;
    if (fit.customersUsed < kMinRepeatCustomers)
        warnings.push_back({FitWarningKind::TooFewRepeatCustomers,
                            {},
                            static_cast<double>(fit.customersUsed),
                            static_cast<double>(kMinRepeatCustomers)});
    checkConvergence(fit.converged, warnings);
    for (const NamedParameter& shape : {shapeP, q})
        checkShape(shape, warnings);
    if (p.q <= 1.0)
        warnings.push_back({FitWarningKind::NoFiniteMeanSpend, "q", p.q, 1.0});
    // v is in the currency, as m is: their ratio is a pure number.
    checkScale(v, meanM, warnings);
    checkInformation(information, {shapeP, q, v}, warnings);
    return warnings;
}

double gammaGammaPopulationMean(const GammaGammaParameters& p) {
    return p.q > 1.0 ? p.p * p.v / (p.q - 1.0) : std::numeric_limits<double>::quiet_NaN();
}

double gammaGammaExpectedValue(const GammaGammaParameters& p, double x, double m) {
    if (!usable(x, m))
        return gammaGammaPopulationMean(p);
    return p.p * (p.v + x * m) / (p.p * x + p.q - 1.0);
}

} // namespace tessera::scoring
