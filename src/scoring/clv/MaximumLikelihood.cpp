#include "scoring/clv/MaximumLikelihood.h"

#include <LBFGS.h>
#include <cmath>
#include <exception>
#include <limits>

namespace tessera::scoring {

namespace {

// On the gradient of the mean log-likelihood per customer: 1e-7 pins the
// parameters far beyond their sampling error, and stays above the rounding
// noise of the line search.
constexpr double kGradientTolerance = 1e-7;
constexpr double kAcceptableGradient = 1e-6; // close enough when the line search gives up
constexpr int kMaxIterations = 2000;

// Wraps the objective for LBFGSpp: non-finite values become +inf (so the
// line search backs off) and the best point is remembered.
class TrackedObjective {
public:
    explicit TrackedObjective(const LogSpaceObjective& objective) : m_objective(objective) {}

    double operator()(const Eigen::VectorXd& x, Eigen::VectorXd& gradient) {
        double value = m_objective(x, gradient);
        if (!std::isfinite(value) || !gradient.allFinite()) {
            gradient.setZero();
            return std::numeric_limits<double>::infinity();
        }
        ++m_evaluations;
        if (value < m_bestValue) {
            m_bestValue = value;
            m_bestX = x;
            m_bestGradientNorm = gradient.norm();
        }
        return value;
    }

    double bestValue() const { return m_bestValue; }
    const Eigen::VectorXd& bestX() const { return m_bestX; }
    double bestGradientNorm() const { return m_bestGradientNorm; }
    int evaluations() const { return m_evaluations; }

private:
    const LogSpaceObjective& m_objective;
    double m_bestValue = std::numeric_limits<double>::infinity();
    Eigen::VectorXd m_bestX;
    double m_bestGradientNorm = std::numeric_limits<double>::infinity();
    int m_evaluations = 0;
};

} // namespace

LogSpaceMinimum minimiseInLogSpace(const LogSpaceObjective& objective,
                                   const Eigen::VectorXd& startParameters) {
    LBFGSpp::LBFGSParam<double> settings;
    settings.epsilon = kGradientTolerance;
    settings.epsilon_rel = 0.0;
    settings.max_iterations = kMaxIterations;
    settings.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    settings.max_linesearch = 60;
    LBFGSpp::LBFGSSolver<double, LBFGSpp::LineSearchNocedalWright> solver(settings);

    TrackedObjective tracked(objective);
    Eigen::VectorXd x = startParameters.array().log().matrix();
    double value = 0.0;
    LogSpaceMinimum result;
    try {
        result.iterations = solver.minimize(tracked, x, value);
        result.converged = result.iterations < kMaxIterations;
    } catch (const std::exception& error) {
        result.problem = error.what();
    }
    if (tracked.bestX().size() == 0) {
        result.parameters = startParameters;
        result.value = std::numeric_limits<double>::infinity();
        result.converged = false;
        result.problem = "the likelihood could not be evaluated at the starting point";
        return result;
    }
    result.parameters = tracked.bestX().array().exp().matrix();
    result.value = tracked.bestValue();
    result.gradientNorm = tracked.bestGradientNorm();
    result.evaluations = tracked.evaluations();
    // The line search may stop on rounding noise right at the optimum.
    if (!result.converged && result.gradientNorm <= kAcceptableGradient) {
        result.converged = true;
        result.problem.clear();
    }
    if (!result.converged && result.problem.empty())
        result.problem =
            "the fit did not settle within " + std::to_string(kMaxIterations) + " iterations";
    return result;
}

FitDiagnostics fitDiagnostics(const LogSpaceMinimum& minimum, double customers) {
    return FitDiagnostics{-minimum.value * customers, minimum.iterations, minimum.evaluations,
                          minimum.converged, minimum.problem};
}

} // namespace tessera::scoring
