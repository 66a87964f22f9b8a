#include "scoring/survey/RelativeWeights.h"

#include <Eigen/Eigenvalues>
#include <cmath>
#include <vector>

namespace tessera::scoring {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Centres a column and scales it to unit length, so dot products of two such
// columns are correlations. A (numerically) constant column becomes all zeros:
// correlation 0 with everything. The relative tolerance keeps rounding in the
// mean of a constant column from being blown up into a unit-length noise vector.
bool standardise(Eigen::Ref<Eigen::VectorXd> column) {
    const double scale = column.cwiseAbs().maxCoeff();
    column.array() -= column.mean();
    const double norm = column.norm();
    if (!(norm > 1e-12 * scale * std::sqrt(static_cast<double>(column.size())))) {
        column.setZero();
        return false;
    }
    column /= norm;
    return true;
}

} // namespace

RelativeWeights relativeWeights(const Eigen::MatrixXd& predictors, const Eigen::VectorXd& y) {
    const Eigen::Index p = predictors.cols();
    RelativeWeights result;
    result.raw = Eigen::VectorXd::Constant(p, kNaN);
    result.share = Eigen::VectorXd::Constant(p, kNaN);
    if (predictors.rows() != y.size())
        return result;

    std::vector<Eigen::Index> keep;
    for (Eigen::Index r = 0; r < y.size(); ++r)
        if (std::isfinite(y(r)) && predictors.row(r).allFinite())
            keep.push_back(r);
    const auto n = static_cast<Eigen::Index>(keep.size());
    result.n = static_cast<std::int64_t>(n);
    if (p == 0 || n < p + 2)
        return result;

    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd outcome(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x.row(i) = predictors.row(keep[static_cast<std::size_t>(i)]);
        outcome(i) = y(keep[static_cast<std::size_t>(i)]);
    }
    if (!standardise(outcome))
        return result;
    Eigen::MatrixXd rxx(p, p);
    std::vector<bool> constant(static_cast<std::size_t>(p));
    for (Eigen::Index j = 0; j < p; ++j)
        constant[static_cast<std::size_t>(j)] = !standardise(x.col(j));
    rxx.noalias() = x.transpose() * x;
    const Eigen::VectorXd rxy = x.transpose() * outcome;
    // A constant predictor keeps a unit diagonal: it then acts as an uncorrelated
    // predictor with r_xy = 0 (weight exactly 0) and leaves Rxx no more singular.
    for (Eigen::Index j = 0; j < p; ++j)
        if (constant[static_cast<std::size_t>(j)])
            rxx(j, j) = 1.0;

    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(rxx);
    const Eigen::MatrixXd& v = eigen.eigenvectors();
    const Eigen::VectorXd e = eigen.eigenvalues().cwiseMax(0.0);
    // Eigenvalues this small relative to the largest are rounding on an exact
    // zero (collinear predictors); the pseudo-inverse drops their directions.
    const double tolerance = 1e-10 * e.maxCoeff();
    Eigen::VectorXd rootE(p);
    Eigen::VectorXd inverseRootE(p);
    for (Eigen::Index k = 0; k < p; ++k) {
        const bool kept = e(k) > tolerance;
        rootE(k) = kept ? std::sqrt(e(k)) : 0.0;
        inverseRootE(k) = kept ? 1.0 / std::sqrt(e(k)) : 0.0;
    }
    const Eigen::MatrixXd lambda = v * rootE.asDiagonal() * v.transpose();
    // beta = Lambda^+ rxy, solved in the eigenbasis where Lambda is diagonal.
    const Eigen::VectorXd beta = v * (inverseRootE.asDiagonal() * (v.transpose() * rxy));

    result.raw = lambda.array().square().matrix() * beta.array().square().matrix();
    result.rSquared = result.raw.sum();
    if (result.rSquared > 0.0)
        result.share = result.raw / result.rSquared;
    return result;
}

} // namespace tessera::scoring
