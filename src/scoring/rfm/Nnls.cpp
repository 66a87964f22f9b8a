#include "scoring/rfm/Nnls.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tessera::scoring {

namespace {

using Passive = std::vector<bool>;

// Least squares restricted to the passive columns; the others stay at 0.
Eigen::VectorXd solvePassive(const Eigen::MatrixXd& gram, const Eigen::VectorXd& rhs,
                             const Passive& passive) {
    std::vector<Eigen::Index> index;
    for (Eigen::Index j = 0; j < gram.cols(); ++j)
        if (passive[static_cast<std::size_t>(j)])
            index.push_back(j);
    const auto p = static_cast<Eigen::Index>(index.size());
    Eigen::MatrixXd subGram(p, p);
    Eigen::VectorXd subRhs(p);
    for (Eigen::Index r = 0; r < p; ++r) {
        subRhs[r] = rhs[index[static_cast<std::size_t>(r)]];
        for (Eigen::Index c = 0; c < p; ++c)
            subGram(r, c) =
                gram(index[static_cast<std::size_t>(r)], index[static_cast<std::size_t>(c)]);
    }
    const Eigen::VectorXd subSolution = subGram.ldlt().solve(subRhs);
    Eigen::VectorXd solution = Eigen::VectorXd::Zero(gram.cols());
    for (Eigen::Index r = 0; r < p; ++r)
        solution[index[static_cast<std::size_t>(r)]] = subSolution[r];
    return solution;
}

// The inactive column with the largest positive gradient, or -1 when none
// exceeds the tolerance (the Kuhn-Tucker conditions hold).
Eigen::Index enteringColumn(const Eigen::VectorXd& gradient, const Passive& passive,
                            double tolerance) {
    Eigen::Index best = -1;
    for (Eigen::Index j = 0; j < gradient.size(); ++j)
        if (!passive[static_cast<std::size_t>(j)] && gradient[j] > tolerance &&
            (best < 0 || gradient[j] > gradient[best]))
            best = j;
    return best;
}

// Moves x towards s as far as feasibility allows and drops the columns that
// hit zero; returns false when s is already feasible.
bool stepBack(Eigen::VectorXd& x, const Eigen::VectorXd& s, Passive& passive, double tolerance) {
    double alpha = std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < x.size(); ++j)
        if (passive[static_cast<std::size_t>(j)] && s[j] <= 0.0) {
            const double denominator = x[j] - s[j];
            alpha = std::min(alpha, denominator > 0.0 ? x[j] / denominator : 0.0);
        }
    if (!std::isfinite(alpha))
        return false;
    x += alpha * (s - x);
    for (Eigen::Index j = 0; j < x.size(); ++j)
        if (passive[static_cast<std::size_t>(j)] && x[j] <= tolerance) {
            passive[static_cast<std::size_t>(j)] = false;
            x[j] = 0.0;
        }
    return true;
}

} // namespace

NnlsResult nnlsNormalEquations(const Eigen::MatrixXd& gram, const Eigen::VectorXd& rhs) {
    const Eigen::Index n = gram.cols();
    NnlsResult result;
    result.x = Eigen::VectorXd::Zero(n);
    if (n == 0) {
        result.converged = true;
        return result;
    }
    const double scale = std::max({gram.cwiseAbs().maxCoeff(), rhs.cwiseAbs().maxCoeff(), 1e-300});
    const double tolerance = 10.0 * std::numeric_limits<double>::epsilon() * double(n) * scale;
    const int maxIterations = 30 * static_cast<int>(n);
    Passive passive(static_cast<std::size_t>(n), false);

    for (;;) {
        const Eigen::VectorXd gradient = rhs - gram * result.x;
        const Eigen::Index j = enteringColumn(gradient, passive, tolerance);
        if (j < 0) {
            result.converged = true;
            return result;
        }
        passive[static_cast<std::size_t>(j)] = true;
        Eigen::VectorXd s = solvePassive(gram, rhs, passive);
        while (stepBack(result.x, s, passive, tolerance)) {
            if (++result.iterations > maxIterations)
                return result;
            s = solvePassive(gram, rhs, passive);
        }
        result.x = s;
        if (++result.iterations > maxIterations)
            return result;
    }
}

NnlsResult nnls(const Eigen::MatrixXd& a, const Eigen::VectorXd& b) {
    return nnlsNormalEquations(a.transpose() * a, a.transpose() * b);
}

} // namespace tessera::scoring
