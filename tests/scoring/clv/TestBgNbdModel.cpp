#include "scoring/clv/BgNbdModel.h"

#include "CdnowData.h"
#include "scoring/clv/ClvSummary.h"
#include "scoring/clv/Hypergeometric2F1.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

const BgNbdParameters kPublished{0.243, 4.414, 0.793, 2.426};

ClvSummary cdnowSummary() {
    const CdnowTransactions cdnow = readCdnowSample();
    return *summariseForClv(cdnow.rows, cdnow.customerCount, dayNumber(1997, 9, 30),
                            ClvTimeUnit::Weeks);
}

void expectWithinShare(double expected, double actual, double share) {
    EXPECT_NEAR(actual, expected, share * expected) << "expected " << expected;
}

} // namespace

TEST(BgNbdModel, ReproducesThePublishedCdnowFit) {
    const ClvSummary summary = cdnowSummary();
    const auto fit = fitBgNbd(summary.x, summary.tx, summary.T);
    ASSERT_TRUE(fit.ok());
    EXPECT_TRUE(fit->converged) << fit->problem;
    EXPECT_GT(fit->iterations, 0);
    expectWithinShare(0.243, fit->parameters.r, 0.005);
    expectWithinShare(4.414, fit->parameters.alpha, 0.005);
    expectWithinShare(0.793, fit->parameters.a, 0.005);
    expectWithinShare(2.426, fit->parameters.b, 0.005);
    EXPECT_NEAR(fit->logLikelihood, -9582.4, 0.5);
    EXPECT_EQ(fit->customers, 2357);
    EXPECT_LT(fit->distinctHistories, fit->customers);
}

TEST(BgNbdModel, LogLikelihoodAtThePublishedParameters) {
    const ClvSummary summary = cdnowSummary();
    EXPECT_NEAR(bgNbdLogLikelihood(kPublished, summary.x, summary.tx, summary.T), -9582.4, 0.5);
}

TEST(BgNbdModel, OneCustomerByHand) {
    // x = 0: ln L = ln Gamma(r) - ln Gamma(r) + r ln alpha - r ln(alpha + T)
    // (the beta terms cancel), i.e. r ln(alpha / (alpha + T)).
    const BgNbdParameters p{0.5, 2.0, 1.5, 3.0};
    const Eigen::VectorXd x = Eigen::VectorXd::Zero(1), tx = Eigen::VectorXd::Zero(1);
    const Eigen::VectorXd T = Eigen::VectorXd::Constant(1, 6.0);
    EXPECT_NEAR(bgNbdLogLikelihood(p, x, tx, T), 0.5 * std::log(2.0 / 8.0), 1e-14);
}

TEST(BgNbdModel, ProbabilityAlive) {
    EXPECT_EQ(bgNbdProbabilityAlive(kPublished, 0, 0, 38.86), 1.0);
    // mpmath: 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))
    EXPECT_NEAR(bgNbdProbabilityAlive(kPublished, 2, 30.43, 38.86), 0.72657857008067291192, 1e-13);
    EXPECT_NEAR(bgNbdProbabilityAlive(kPublished, 1, 1.71, 38.86), 0.21210098537737908236, 1e-13);
}

TEST(BgNbdModel, ConditionalExpectedPurchases) {
    // The paper's customer (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases in
    // the next 39 weeks. Reference values from mpmath with the direct 2F1 form.
    struct Case {
        double t, x, tx, T, expected;
    };
    const Case cases[] = {
        {39, 2, 30.43, 38.86, 1.2260281747671444631},  {52, 0, 0, 38.86, 0.25207302228245892684},
        {39, 26, 35.14, 35.86, 18.513365278562696597}, {52, 1, 1.71, 38.86, 0.25982346486862243071},
        {10, 100, 50, 52, 12.898599495328338231},
    };
    for (const Case& c : cases)
        EXPECT_NEAR(bgNbdExpectedPurchases(kPublished, c.t, c.x, c.tx, c.T) / c.expected, 1.0,
                    1e-10)
            << "x = " << c.x;
}

TEST(BgNbdModel, ExpectationMatchesTheDirectHypergeometricForm) {
    const BgNbdParameters p{0.6, 7.0, 1.4, 3.2};
    const double t = 20, x = 3, tx = 12, T = 30;
    const double z = t / (p.alpha + T + t);
    const double direct =
        (p.a + p.b + x - 1) / (p.a - 1) *
        (1 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) *
                 hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z)) /
        (1 + p.a / (p.b + x - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x));
    EXPECT_NEAR(bgNbdExpectedPurchases(p, t, x, tx, T), direct, 1e-12);
}

TEST(BgNbdModel, ExpectationIsContinuousAtAEqualOne) {
    BgNbdParameters below = kPublished, at = kPublished, above = kPublished;
    below.a = 1.0 - 1e-4;
    at.a = 1.0;
    above.a = 1.0 + 1e-4;
    const double e = bgNbdExpectedPurchases(at, 39, 2, 30.43, 38.86);
    EXPECT_TRUE(std::isfinite(e));
    EXPECT_NEAR(e,
                0.5 * (bgNbdExpectedPurchases(below, 39, 2, 30.43, 38.86) +
                       bgNbdExpectedPurchases(above, 39, 2, 30.43, 38.86)),
                1e-6);
}

TEST(BgNbdModel, RefusesAnEmptyOrInconsistentPopulation) {
    EXPECT_FALSE(fitBgNbd(Eigen::VectorXd(0), Eigen::VectorXd(0), Eigen::VectorXd(0)).ok());
    const Eigen::VectorXd one = Eigen::VectorXd::Ones(1), two = Eigen::VectorXd::Constant(1, 2.0);
    EXPECT_FALSE(fitBgNbd(one, two, one).ok()); // t_x > T
}

TEST(BgNbdModel, CdnowFitIsSoundWithStandardErrors) {
    const ClvSummary summary = cdnowSummary();
    const auto fit = fitBgNbd(summary.x, summary.tx, summary.T);
    ASSERT_TRUE(fit.ok());
    EXPECT_TRUE(fit->warnings.empty()) << fitWarningKey(fit->warnings.front().kind);
    // lifetimes (BetaGeoFitter on the same summary) reports 0.0126, 0.378, 0.186, 0.705.
    expectWithinShare(0.0126, fit->standardErrors.r, 0.05);
    expectWithinShare(0.378, fit->standardErrors.alpha, 0.05);
    expectWithinShare(0.186, fit->standardErrors.a, 0.05);
    expectWithinShare(0.705, fit->standardErrors.b, 0.05);
}
