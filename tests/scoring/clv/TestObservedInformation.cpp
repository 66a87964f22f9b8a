#include "CdnowData.h"
#include "scoring/clv/BgNbdModel.h"
#include "scoring/clv/ClvSummary.h"
#include "scoring/clv/GammaGammaModel.h"
#include "scoring/clv/ObservedInformation.h"

#include <Eigen/Dense>
#include <array>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

// The exponential distribution with rate lambda, written as the fits write
// their objectives: the negative mean log-likelihood over ln lambda.
//   lnL = n ln lambda - lambda S, information n / lambda^2, and at the
//   optimum lambda = n / S the standard error lambda / sqrt(n).
LogSpaceObjective exponentialObjective(double n, double sum) {
    return [n, sum](const Eigen::VectorXd& logLambda, Eigen::VectorXd& gradient) {
        const double lambda = std::exp(logLambda[0]);
        gradient.resize(1);
        gradient[0] = -(n - lambda * sum) / n; // d(-lnL/n) / d ln lambda
        return -(n * logLambda[0] - lambda * sum) / n;
    };
}

ClvSummary cdnowSummary() {
    const CdnowTransactions cdnow = readCdnowSample();
    return *summariseForClv(cdnow.rows, cdnow.customerCount, dayNumber(1997, 9, 30),
                            ClvTimeUnit::Weeks);
}

// Standard errors from second differences of the log-likelihood VALUE, in
// the natural parameters: a path independent of the analytic gradient, the
// log-space transform and the step of observedInformation().
Eigen::VectorXd standardErrorsFromValues(const std::function<double(const Eigen::VectorXd&)>& lnL,
                                         const Eigen::VectorXd& theta) {
    const Eigen::Index k = theta.size();
    Eigen::MatrixXd information(k, k);
    for (Eigen::Index i = 0; i < k; ++i)
        for (Eigen::Index j = 0; j < k; ++j) {
            const double hi = 1e-4 * theta[i], hj = 1e-4 * theta[j];
            const auto at = [&](double di, double dj) {
                Eigen::VectorXd t = theta;
                t[i] += di;
                t[j] += dj;
                return lnL(t);
            };
            information(i, j) =
                -(at(hi, hj) - at(hi, -hj) - at(-hi, hj) + at(-hi, -hj)) / (4 * hi * hj);
        }
    return information.inverse().diagonal().array().sqrt().matrix();
}

} // namespace

TEST(ObservedInformation, MatchesTheExponentialByHand) {
    const double n = 400, sum = 1600; // lambda = 0.25
    const Eigen::VectorXd optimum = Eigen::VectorXd::Constant(1, n / sum);
    const ObservedInformation info = observedInformation(exponentialObjective(n, sum), optimum, n);
    ASSERT_TRUE(info.positiveDefinite);
    EXPECT_NEAR(info.information(0, 0), n / (0.25 * 0.25), 1e-6 * n / (0.25 * 0.25));
    EXPECT_NEAR(info.standardErrors[0], 0.25 / std::sqrt(n), 1e-8);
}

TEST(ObservedInformation, ANegativeCurvatureIsNotPositiveDefinite) {
    // At a minimum of lnL (the objective's maximum) the information is negative.
    const LogSpaceObjective upsideDown = [](const Eigen::VectorXd& logLambda,
                                            Eigen::VectorXd& gradient) {
        const double lambda = std::exp(logLambda[0]);
        gradient.resize(1);
        gradient[0] = (1.0 - lambda * 4.0);
        return logLambda[0] - lambda * 4.0;
    };
    const ObservedInformation info =
        observedInformation(upsideDown, Eigen::VectorXd::Constant(1, 0.25), 1.0);
    EXPECT_FALSE(info.positiveDefinite);
    EXPECT_TRUE(std::isnan(info.standardErrors[0]));
}

TEST(ObservedInformation, BgNbdStandardErrorsAgreeWithSecondDifferencesOfTheLikelihood) {
    const ClvSummary s = cdnowSummary();
    const BgNbdFit fit = *fitBgNbd(s.x, s.tx, s.T);
    Eigen::VectorXd theta(4);
    theta << fit.parameters.r, fit.parameters.alpha, fit.parameters.a, fit.parameters.b;
    const Eigen::VectorXd expected = standardErrorsFromValues(
        [&](const Eigen::VectorXd& t) {
            return bgNbdLogLikelihood({t[0], t[1], t[2], t[3]}, s.x, s.tx, s.T);
        },
        theta);
    const std::array<double, 4> actual{fit.standardErrors.r, fit.standardErrors.alpha,
                                       fit.standardErrors.a, fit.standardErrors.b};
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(actual[i], expected[static_cast<Eigen::Index>(i)],
                    0.01 * expected[static_cast<Eigen::Index>(i)])
            << "parameter " << i;
}

TEST(ObservedInformation, GammaGammaStandardErrorsAgreeWithSecondDifferencesOfTheLikelihood) {
    const ClvSummary s = cdnowSummary();
    const GammaGammaFit fit = *fitGammaGamma(s.x, s.m);
    Eigen::VectorXd theta(3);
    theta << fit.parameters.p, fit.parameters.q, fit.parameters.v;
    const Eigen::VectorXd expected = standardErrorsFromValues(
        [&](const Eigen::VectorXd& t) {
            return gammaGammaLogLikelihood({t[0], t[1], t[2]}, s.x, s.m);
        },
        theta);
    const std::array<double, 3> actual{fit.standardErrors.p, fit.standardErrors.q,
                                       fit.standardErrors.v};
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(actual[i], expected[static_cast<Eigen::Index>(i)],
                    0.01 * expected[static_cast<Eigen::Index>(i)])
            << "parameter " << i;
}
