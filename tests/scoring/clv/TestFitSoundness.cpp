#include "scoring/clv/BgNbdModel.h"
#include "scoring/clv/FitSoundness.h"
#include "scoring/clv/GammaGammaModel.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace tessera::scoring;

namespace {

struct Histories {
    Eigen::VectorXd x, tx, T, m;
};

// A BG/NBD population (the model's own story): purchase rate lambda ~
// Gamma(r, alpha), drop-out probability ~ Beta(a, b) after each repeat
// purchase, T uniform on 20..78 weeks. Spend per purchase Gamma(p, nu) with
// nu ~ Gamma(q, v). A fixed seed of a fixed engine: the same population on
// every run.
Histories simulate(int customers, const BgNbdParameters& bg, const GammaGammaParameters& gg,
                   std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::gamma_distribution<double> rate(bg.r, 1.0 / bg.alpha), betaA(bg.a, 1.0), betaB(bg.b, 1.0),
        spendRate(gg.q, 1.0 / gg.v);
    Histories h{Eigen::VectorXd(customers), Eigen::VectorXd(customers), Eigen::VectorXd(customers),
                Eigen::VectorXd(customers)};
    for (int i = 0; i < customers; ++i) {
        const double lambda = rate(random);
        const double ga = betaA(random), dropOut = ga / (ga + betaB(random));
        const double T = 20.0 + 58.0 * uniform(random);
        std::exponential_distribution<double> gap(lambda);
        double t = 0.0, tx = 0.0;
        int x = 0;
        while (true) {
            t += gap(random);
            if (t > T)
                break;
            ++x;
            tx = t;
            if (uniform(random) < dropOut)
                break;
        }
        std::gamma_distribution<double> spend(gg.p, 1.0 / spendRate(random));
        double total = 0.0;
        for (int k = 0; k < x; ++k)
            total += spend(random);
        h.x[i] = x;
        h.tx[i] = tx;
        h.T[i] = T;
        h.m[i] = x > 0 ? total / x : 0.0;
    }
    return h;
}

const BgNbdParameters kBg{0.5, 5.0, 0.8, 2.5};
const GammaGammaParameters kGg{4.0, 3.0, 20.0};

bool has(const std::vector<FitWarning>& warnings, FitWarningKind kind) {
    return std::any_of(warnings.begin(), warnings.end(),
                       [kind](const FitWarning& w) { return w.kind == kind; });
}

std::string keys(const std::vector<FitWarning>& warnings) {
    std::string out;
    for (const FitWarning& w : warnings)
        out += fitWarningKey(w.kind) + "(" + w.parameter + ") ";
    return out;
}

} // namespace

TEST(FitSoundness, KeysRoundTrip) {
    for (FitWarningKind kind :
         {FitWarningKind::NotConverged, FitWarningKind::ShapeTooLarge,
          FitWarningKind::ShapeTooSmall, FitWarningKind::ScaleOffData,
          FitWarningKind::NoFiniteMeanSpend, FitWarningKind::NotPositiveDefinite,
          FitWarningKind::StandardErrorNotFinite, FitWarningKind::TooFewRepeatCustomers}) {
        FitWarningKind back = FitWarningKind::NotConverged;
        ASSERT_TRUE(fitWarningFromKey(fitWarningKey(kind), back)) << fitWarningKey(kind);
        EXPECT_EQ(back, kind);
    }
    FitWarningKind unknown;
    EXPECT_FALSE(fitWarningFromKey("from_a_later_version", unknown));
}

TEST(FitSoundness, StandardErrorsShrinkWithTheSquareRootOfThePopulation) {
    const Histories small = simulate(2000, kBg, kGg, 11);
    const Histories large = simulate(8000, kBg, kGg, 12);
    const BgNbdFit a = *fitBgNbd(small.x, small.tx, small.T);
    const BgNbdFit b = *fitBgNbd(large.x, large.tx, large.T);
    EXPECT_TRUE(a.warnings.empty()) << keys(a.warnings);
    EXPECT_TRUE(b.warnings.empty()) << keys(b.warnings);
    const std::array<double, 4> truth{kBg.r, kBg.alpha, kBg.a, kBg.b};
    const std::array<double, 4> seSmall{a.standardErrors.r, a.standardErrors.alpha,
                                        a.standardErrors.a, a.standardErrors.b};
    const std::array<double, 4> seLarge{b.standardErrors.r, b.standardErrors.alpha,
                                        b.standardErrors.a, b.standardErrors.b};
    const std::array<double, 4> estimate{b.parameters.r, b.parameters.alpha, b.parameters.a,
                                         b.parameters.b};
    for (std::size_t i = 0; i < 4; ++i) {
        // Four times the customers: half the standard error.
        EXPECT_NEAR(seLarge[i] / seSmall[i], 0.5, 0.12) << "parameter " << i;
        // The truth within four standard errors of the estimate.
        EXPECT_LT(std::abs(estimate[i] - truth[i]), 4.0 * seLarge[i]) << "parameter " << i;
    }
    const GammaGammaFit g = *fitGammaGamma(large.x, large.m);
    EXPECT_TRUE(g.warnings.empty()) << keys(g.warnings);
    EXPECT_LT(std::abs(g.parameters.q - kGg.q), 4.0 * g.standardErrors.q);
    EXPECT_LT(std::abs(g.parameters.v - kGg.v), 4.0 * g.standardErrors.v);
}

TEST(FitSoundness, CustomersWhoAllBuyAlikeAndNeverLeaveGiveAWarning) {
    // Everyone buys at the same Poisson rate and never drops out: nothing
    // varies between customers for Gamma(r, alpha) and Beta(a, b) to describe.
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::exponential_distribution<double> gap(0.3);
    const int n = 3000;
    Eigen::VectorXd x(n), tx(n), T(n);
    for (int i = 0; i < n; ++i) {
        T[i] = 20.0 + 58.0 * uniform(random);
        double t = gap(random), last = 0.0;
        int count = 0;
        for (; t <= T[i]; t += gap(random), ++count)
            last = t;
        x[i] = count;
        tx[i] = last;
    }
    const BgNbdFit fit = *fitBgNbd(x, tx, T);
    EXPECT_FALSE(fit.warnings.empty());
    EXPECT_TRUE(has(fit.warnings, FitWarningKind::ShapeTooLarge) ||
                has(fit.warnings, FitWarningKind::ShapeTooSmall))
        << keys(fit.warnings);
}

TEST(FitSoundness, SpendThatIsAlikeForEveryoneGivesAWarning) {
    // Every customer's purchases come from one Gamma(4, 0.1): nu does not
    // vary, so q runs off to infinity (and v with it).
    std::mt19937_64 random(8);
    std::gamma_distribution<double> spend(4.0, 10.0);
    std::uniform_int_distribution<int> repeats(1, 6);
    const int n = 3000;
    Eigen::VectorXd x(n), m(n);
    for (int i = 0; i < n; ++i) {
        x[i] = repeats(random);
        double total = 0.0;
        for (int k = 0; k < x[i]; ++k)
            total += spend(random);
        m[i] = total / x[i];
    }
    const GammaGammaFit fit = *fitGammaGamma(x, m);
    EXPECT_TRUE(has(fit.warnings, FitWarningKind::ShapeTooLarge)) << keys(fit.warnings);
}

TEST(FitSoundness, GammaGammaOnTooFewRepeatCustomers) {
    const Histories few = simulate(60, kBg, kGg, 13);
    const GammaGammaFit fit = *fitGammaGamma(few.x, few.m);
    ASSERT_LT(fit.customersUsed, kMinRepeatCustomers);
    ASSERT_TRUE(has(fit.warnings, FitWarningKind::TooFewRepeatCustomers)) << keys(fit.warnings);
    EXPECT_EQ(fit.warnings.front().value, static_cast<double>(fit.customersUsed));
    EXPECT_EQ(fit.warnings.front().limit, static_cast<double>(kMinRepeatCustomers));
}

TEST(FitSoundness, BoundsOnShapesAndScales) {
    std::vector<FitWarning> w;
    checkShape({"r", 0.243, 0.01}, w);
    checkShape({"q", 100.0, 1.0}, w);
    checkScale({"alpha", 4.4, 0.4}, 32.7, w);
    EXPECT_TRUE(w.empty()) << keys(w);
    checkShape({"r", 275.2, 1.0}, w);
    checkShape({"a", 1e-4, 1e-4}, w);
    checkScale({"v", 2.96e11, 1.0}, 500.0, w);
    checkScale({"alpha", 0.001, 1.0}, 52.0, w);
    ASSERT_EQ(w.size(), 4u) << keys(w);
    EXPECT_EQ(w[0].kind, FitWarningKind::ShapeTooLarge);
    EXPECT_EQ(w[0].parameter, "r");
    EXPECT_EQ(w[1].kind, FitWarningKind::ShapeTooSmall);
    EXPECT_EQ(w[2].kind, FitWarningKind::ScaleOffData);
    EXPECT_EQ(w[2].reference, 500.0);
    EXPECT_EQ(w[3].parameter, "alpha");
}
