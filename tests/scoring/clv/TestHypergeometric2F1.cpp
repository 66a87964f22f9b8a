#include "scoring/clv/Hypergeometric2F1.h"

#include <cmath>
#include <gtest/gtest.h>

using tessera::scoring::hypergeometric2F1;

namespace {

void expectRelative(double expected, double actual, double tolerance = 1e-12) {
    EXPECT_NEAR(actual / expected, 1.0, tolerance) << "expected " << expected << ", got " << actual;
}

} // namespace

TEST(Hypergeometric2F1, LogarithmIdentity) {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z, on both sides of 0 and near 1.
    for (double z : {0.5, 0.95, 0.999, -0.5, -3.0, -50.0})
        expectRelative(-std::log1p(-z) / z, hypergeometric2F1(1.0, 1.0, 2.0, z));
}

TEST(Hypergeometric2F1, BinomialIdentity) {
    // 2F1(a, b; b; z) = (1 - z)^-a.
    for (double z : {0.3, 0.9, -0.7})
        expectRelative(std::pow(1.0 - z, -2.5), hypergeometric2F1(2.5, 1.3, 1.3, z));
}

TEST(Hypergeometric2F1, ArcsineIdentity) {
    // 2F1(1/2, 1/2; 3/2; z^2) = asin(z) / z.
    for (double z : {0.2, 0.7, 0.99})
        expectRelative(std::asin(z) / z, hypergeometric2F1(0.5, 0.5, 1.5, z * z), 1e-11);
}

TEST(Hypergeometric2F1, TerminatingPolynomial) {
    // a = -2: 1 - 2bz/c + b(b+1)z^2 / (c(c+1)).
    const double b = 1.7, c = 3.1, z = 0.8;
    const double expected = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
    expectRelative(expected, hypergeometric2F1(-2.0, b, c, z));
}

TEST(Hypergeometric2F1, GaussSumAtOne) {
    // 2F1(a, b; c; 1) = Gamma(c) Gamma(c-a-b) / (Gamma(c-a) Gamma(c-b)) when c > a + b.
    const double a = 0.5, b = 0.25, c = 2.0;
    const double expected =
        std::tgamma(c) * std::tgamma(c - a - b) / (std::tgamma(c - a) * std::tgamma(c - b));
    expectRelative(expected, hypergeometric2F1(a, b, c, 1.0));
}

TEST(Hypergeometric2F1, KnownValues) {
    // Reference values from mpmath at 40 digits.
    struct Case {
        double a, b, c, z, value;
    };
    const Case cases[] = {
        {2.243, 4.426, 5.219, 0.5, 3.6147077068232819043},
        {2.243, 4.426, 5.219, 0.95, 167.89884773237122742},
        {2.243, 4.426, 5.219, 0.999, 55869.747020509136119},
        {0.5, 1.5, 2.5, -3.0, 0.61982700184952682623},
        {-1.55, -0.2, 0.6, 0.97, 1.4241326159974038333},
        {1.5, 2.5, 4.0, 0.99, 14.520358060671331594}, // c - a - b = 0: series path
        {0.3, 0.7, 1.7, 0.92, 1.2264448411170321419},
        {26.243, 28.426, 28.219, 0.55, 1475610541.9014685923},
        {-0.45, -0.207, 3.219, 0.6, 1.0179712572536629865},
    };
    for (const Case& c : cases)
        expectRelative(c.value, hypergeometric2F1(c.a, c.b, c.c, c.z), 1e-11);
}

TEST(Hypergeometric2F1, UndefinedArgumentsGiveNaN) {
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, 2.0, 1.5)));
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, -1.0, 0.5)));
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, 1.5, 1.0))); // c <= a + b diverges
    EXPECT_EQ(hypergeometric2F1(1.0, 1.0, 2.0, 0.0), 1.0);
}
