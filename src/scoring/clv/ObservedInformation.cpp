#include "scoring/clv/ObservedInformation.h"

#include <Eigen/Cholesky>
#include <cmath>
#include <limits>

namespace tessera::scoring {

namespace {

// Relative step of the central difference: its truncation error is O(h^2)
// and its rounding error O(eps / h) on a gradient accurate to ~1e-13, so
// 1e-5 leaves both near 1e-10 relative, far below any sampling error.
constexpr double kRelativeStep = 1e-5;

// d lnL / d theta summed over the customers, from the objective's gradient
// in log space (d f / d ln theta = theta d f / d theta). NaN when the
// likelihood cannot be evaluated there.
Eigen::VectorXd naturalGradient(const LogSpaceObjective& objective, const Eigen::VectorXd& theta,
                                double customers) {
    Eigen::VectorXd gradient;
    const double value = objective(theta.array().log().matrix(), gradient);
    if (!std::isfinite(value) || gradient.size() != theta.size() || !gradient.allFinite())
        return Eigen::VectorXd::Constant(theta.size(), std::numeric_limits<double>::quiet_NaN());
    return (-customers * gradient.array() / theta.array()).matrix();
}

} // namespace

ObservedInformation observedInformation(const LogSpaceObjective& objective,
                                        const Eigen::VectorXd& parameters, double customers) {
    const Eigen::Index k = parameters.size();
    ObservedInformation out;
    out.information.resize(k, k);
    for (Eigen::Index j = 0; j < k; ++j) {
        const double h = kRelativeStep * parameters[j];
        Eigen::VectorXd up = parameters, down = parameters;
        up[j] += h;
        down[j] -= h;
        out.information.col(j) = -(naturalGradient(objective, up, customers) -
                                   naturalGradient(objective, down, customers)) /
                                 (2.0 * h);
    }
    out.information = 0.5 * (out.information + out.information.transpose()).eval();
    out.standardErrors = Eigen::VectorXd::Constant(k, std::numeric_limits<double>::quiet_NaN());
    if (!out.information.allFinite())
        return out;
    const Eigen::LLT<Eigen::MatrixXd> llt(out.information);
    out.positiveDefinite = llt.info() == Eigen::Success;
    if (!out.positiveDefinite)
        return out;
    const Eigen::MatrixXd covariance = llt.solve(Eigen::MatrixXd::Identity(k, k));
    for (Eigen::Index j = 0; j < k; ++j)
        if (covariance(j, j) > 0.0)
            out.standardErrors[j] = std::sqrt(covariance(j, j));
    return out;
}

} // namespace tessera::scoring
