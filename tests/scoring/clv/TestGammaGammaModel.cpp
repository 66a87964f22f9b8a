#include "scoring/clv/GammaGammaModel.h"

#include "CdnowData.h"
#include "scoring/clv/ClvSummary.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;
using namespace tessera::scoring::test;

namespace {

ClvSummary cdnowSummary() {
    const CdnowTransactions cdnow = readCdnowSample();
    return *summariseForClv(cdnow.rows, cdnow.customerCount, dayNumber(1997, 9, 30),
                            ClvTimeUnit::Weeks);
}

} // namespace

TEST(GammaGammaModel, ReproducesThePublishedCdnowFit) {
    const ClvSummary summary = cdnowSummary();
    const auto fit = fitGammaGamma(summary.x, summary.m);
    ASSERT_TRUE(fit.ok());
    EXPECT_TRUE(fit->converged) << fit->problem;
    EXPECT_EQ(fit->customersUsed, 946);
    EXPECT_NEAR(fit->parameters.p, 6.25, 0.01 * 6.25);
    EXPECT_NEAR(fit->parameters.q, 3.74, 0.01 * 3.74);
    EXPECT_NEAR(fit->parameters.v, 15.44, 0.01 * 15.44);
}

TEST(GammaGammaModel, ExpectedValueByHand) {
    const GammaGammaParameters p{6.25, 3.74, 15.44};
    // p (v + x m) / (p x + q - 1) = 6.25 (15.44 + 2 * 30) / (12.5 + 2.74)
    EXPECT_NEAR(gammaGammaExpectedValue(p, 2, 30), 6.25 * 75.44 / 15.24, 1e-12);
    // x = 0 or m <= 0: the population mean p v / (q - 1) = 96.5 / 2.74
    EXPECT_NEAR(gammaGammaExpectedValue(p, 0, 0), 96.5 / 2.74, 1e-12);
    EXPECT_NEAR(gammaGammaExpectedValue(p, 3, 0), 96.5 / 2.74, 1e-12);
    EXPECT_TRUE(std::isnan(gammaGammaPopulationMean({1, 0.9, 1})));
}

TEST(GammaGammaModel, LogLikelihoodOfOneCustomerByHand) {
    // x = 1, m = 2, p = q = v = 1: ln Gamma(2) - ln Gamma(1) - ln Gamma(1) + 0
    // + 0 * ln 2 + 0 - 2 ln 3 = -2 ln 3.
    const Eigen::VectorXd x = Eigen::VectorXd::Ones(1), m = Eigen::VectorXd::Constant(1, 2.0);
    EXPECT_NEAR(gammaGammaLogLikelihood({1, 1, 1}, x, m), -2.0 * std::log(3.0), 1e-14);
}

TEST(GammaGammaModel, NeedsRepeatCustomersWithPositiveSpend) {
    Eigen::VectorXd x(2), m(2);
    x << 0, 2;
    m << 0, 0;
    const auto fit = fitGammaGamma(x, m);
    ASSERT_FALSE(fit.ok());
    EXPECT_NE(fit.error().message.find("repeat purchase"), std::string::npos);
}

TEST(GammaGammaModel, CdnowFitIsSoundWithStandardErrors) {
    const ClvSummary summary = cdnowSummary();
    const auto fit = fitGammaGamma(summary.x, summary.m);
    ASSERT_TRUE(fit.ok());
    EXPECT_TRUE(fit->warnings.empty()) << fitWarningKey(fit->warnings.front().kind);
    // lifetimes (GammaGammaFitter on the same summary) reports 1.19, 0.290, 4.16.
    EXPECT_NEAR(fit->standardErrors.p, 1.19, 0.05 * 1.19);
    EXPECT_NEAR(fit->standardErrors.q, 0.290, 0.05 * 0.290);
    EXPECT_NEAR(fit->standardErrors.v, 4.16, 0.05 * 4.16);
}
