#include "scoring/SplitMix64.h"
#include "scoring/survey/RelativeWeights.h"

#include <Eigen/QR>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using tessera::scoring::relativeWeights;
using tessera::scoring::RelativeWeights;
using tessera::scoring::SplitMix64;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// R^2 of ordinary least squares with an intercept, by QR: 1 - SS_residual / SS_total.
double olsRSquared(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
    Eigen::MatrixXd design(x.rows(), x.cols() + 1);
    design << Eigen::VectorXd::Ones(x.rows()), x;
    const Eigen::VectorXd coef = design.colPivHouseholderQr().solve(y);
    const double residual = (y - design * coef).squaredNorm();
    const double total = (y.array() - y.mean()).square().sum();
    return 1.0 - residual / total;
}

double pearson(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    const Eigen::ArrayXd da = a.array() - a.mean();
    const Eigen::ArrayXd db = b.array() - b.mean();
    return (da * db).sum() / std::sqrt(da.square().sum() * db.square().sum());
}

// Three correlated ratings and an outcome driven by them plus noise.
struct Survey {
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
};

Survey correlatedSurvey(Eigen::Index n) {
    SplitMix64 rng(20000);
    Survey s{Eigen::MatrixXd(n, 3), Eigen::VectorXd(n)};
    for (Eigen::Index i = 0; i < n; ++i) {
        const double u1 = rng.nextDouble(), u2 = rng.nextDouble(), u3 = rng.nextDouble();
        s.x(i, 0) = 1.0 + 4.0 * u1;
        s.x(i, 1) = 0.6 * u1 + 0.8 * u2;
        s.x(i, 2) = 10.0 * u3 - 3.0 * u2;
        s.y(i) = s.x(i, 0) + 2.0 * s.x(i, 1) - 0.1 * s.x(i, 2) + 1.5 * rng.nextDouble();
    }
    return s;
}

void expectUndefined(const RelativeWeights& w, Eigen::Index p) {
    EXPECT_TRUE(std::isnan(w.rSquared));
    ASSERT_EQ(w.raw.size(), p);
    ASSERT_EQ(w.share.size(), p);
    EXPECT_TRUE(w.raw.array().isNaN().all());
    EXPECT_TRUE(w.share.array().isNaN().all());
}

} // namespace

TEST(RelativeWeights, OrthogonalPredictorsGetTheirSquaredCorrelations) {
    // Columns of a Hadamard design are centred and mutually uncorrelated (the
    // scale and offset of the second do not matter): Rxx = I, Lambda = I,
    // beta = rxy, so raw_j = r_xy_j^2.
    Eigen::MatrixXd x(8, 3);
    x.col(0) << 1, -1, 1, -1, 1, -1, 1, -1;
    x.col(1) << 13, 13, 7, 7, 13, 13, 7, 7;
    x.col(2) << 1, 1, 1, 1, -1, -1, -1, -1;
    Eigen::VectorXd y(8);
    y << 3, 1, 4, 1, 5, 9, 2, 6;
    const RelativeWeights w = relativeWeights(x, y);
    EXPECT_EQ(w.n, 8);
    double sum = 0.0;
    for (Eigen::Index j = 0; j < 3; ++j) {
        const double r = pearson(x.col(j), y);
        EXPECT_NEAR(w.raw(j), r * r, 1e-14);
        sum += r * r;
    }
    EXPECT_NEAR(w.rSquared, sum, 1e-14);
    EXPECT_NEAR(w.rSquared, olsRSquared(x, y), 1e-14);
}

TEST(RelativeWeights, RawWeightsSumToTheOlsRSquared) {
    const Survey s = correlatedSurvey(300);
    const RelativeWeights w = relativeWeights(s.x, s.y);
    EXPECT_EQ(w.n, 300);
    ASSERT_EQ(w.raw.size(), 3);
    EXPECT_NEAR(w.rSquared, olsRSquared(s.x, s.y), 1e-12);
    EXPECT_NEAR(w.raw.sum(), w.rSquared, 1e-14);
    EXPECT_NEAR(w.share.sum(), 1.0, 1e-14);
    EXPECT_TRUE((w.raw.array() > 0.0).all());
    // The shares are invariant to rescaling the predictors and the outcome.
    const RelativeWeights scaled = relativeWeights(3.0 * s.x.array() + 7.0, -2.0 * s.y);
    EXPECT_TRUE(scaled.raw.isApprox(w.raw, 1e-12));
}

TEST(RelativeWeights, IdenticalPredictorsShareTheirWeightEvenly) {
    const Survey s = correlatedSurvey(200);
    Eigen::MatrixXd x(200, 3);
    x << s.x.col(0), s.x.col(0), s.x.col(2);
    const RelativeWeights w = relativeWeights(x, s.y);
    ASSERT_TRUE(std::isfinite(w.rSquared));
    EXPECT_NEAR(w.raw(0), w.raw(1), 1e-12);
    EXPECT_GT(w.raw(0), 0.0);
    // The copy explains nothing new: R^2 is that of the regression without it.
    Eigen::MatrixXd distinct(200, 2);
    distinct << s.x.col(0), s.x.col(2);
    EXPECT_NEAR(w.rSquared, olsRSquared(distinct, s.y), 1e-10);
    EXPECT_NEAR(w.share.sum(), 1.0, 1e-12);

    // A rescaled copy is the same predictor once standardised.
    x.col(1) = 2.5 * s.x.col(0).array() - 4.0;
    const RelativeWeights rescaled = relativeWeights(x, s.y);
    EXPECT_NEAR(rescaled.raw(0), rescaled.raw(1), 1e-10);
    EXPECT_NEAR(rescaled.rSquared, w.rSquared, 1e-10);
}

TEST(RelativeWeights, ConstantPredictorGetsZero) {
    const Survey s = correlatedSurvey(150);
    Eigen::MatrixXd x(150, 4);
    x << s.x.col(0), Eigen::VectorXd::Constant(150, 0.1), s.x.col(1), s.x.col(2);
    const RelativeWeights w = relativeWeights(x, s.y);
    const RelativeWeights without = relativeWeights(s.x, s.y);
    EXPECT_NEAR(w.raw(1), 0.0, 1e-15);
    EXPECT_NEAR(w.share(1), 0.0, 1e-14);
    // The other predictors keep the weights they have without it.
    EXPECT_NEAR(w.raw(0), without.raw(0), 1e-12);
    EXPECT_NEAR(w.raw(2), without.raw(1), 1e-12);
    EXPECT_NEAR(w.raw(3), without.raw(2), 1e-12);
    EXPECT_NEAR(w.rSquared, without.rSquared, 1e-12);
}

TEST(RelativeWeights, RowsWithMissingValuesAreDropped) {
    const Survey s = correlatedSurvey(60);
    Eigen::MatrixXd x(62, 3);
    Eigen::VectorXd y(62);
    x << s.x, Eigen::RowVector3d(1.0, kNaN, 2.0), Eigen::RowVector3d(1.0, 0.5, 2.0);
    y << s.y, 4.0, kNaN;
    const RelativeWeights w = relativeWeights(x, y);
    const RelativeWeights clean = relativeWeights(s.x, s.y);
    EXPECT_EQ(w.n, 60);
    EXPECT_TRUE(w.raw.isApprox(clean.raw, 1e-14));
    EXPECT_DOUBLE_EQ(w.rSquared, clean.rSquared);
}

TEST(RelativeWeights, UndefinedCasesAreNaN) {
    const Survey s = correlatedSurvey(10);
    // p + 2 = 5 complete rows are needed: 4 are too few, 5 are enough.
    const RelativeWeights tooFew = relativeWeights(s.x.topRows(4), s.y.head(4));
    expectUndefined(tooFew, 3);
    EXPECT_EQ(tooFew.n, 4);
    EXPECT_TRUE(std::isfinite(relativeWeights(s.x.topRows(5), s.y.head(5)).rSquared));

    const RelativeWeights constantY = relativeWeights(s.x, Eigen::VectorXd::Constant(10, 0.7));
    expectUndefined(constantY, 3);
    EXPECT_EQ(constantY.n, 10);

    const RelativeWeights mismatched = relativeWeights(s.x, s.y.head(9));
    expectUndefined(mismatched, 3);
    EXPECT_EQ(mismatched.n, 0);

    expectUndefined(relativeWeights(Eigen::MatrixXd(10, 0), s.y), 0);
    expectUndefined(relativeWeights(Eigen::MatrixXd(0, 3), Eigen::VectorXd(0)), 3);
}

TEST(RelativeWeights, UnrelatedOutcomeLeavesSharesUndefined) {
    // y is uncorrelated with the only predictor: R^2 = 0 has no shares to give out.
    Eigen::MatrixXd x(4, 1);
    x << 1, -1, 1, -1;
    Eigen::VectorXd y(4);
    y << 1, 1, -1, -1;
    const RelativeWeights w = relativeWeights(x, y);
    EXPECT_NEAR(w.rSquared, 0.0, 1e-15);
    EXPECT_NEAR(w.raw(0), 0.0, 1e-15);
    EXPECT_TRUE(std::isnan(w.share(0)));
}
