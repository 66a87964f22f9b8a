#pragma once

// Maximum-likelihood fits by L-BFGS (LBFGSpp) over the logarithms of the
// parameters, which keeps every parameter positive without constraints.
// The objective is the negative mean log-likelihood (so the tolerances do
// not depend on the population size) with its analytic gradient. LBFGSpp
// reports trouble by throwing; here every exception is caught and turned
// into a "not converged" result that keeps the best point seen.

#include <Eigen/Core>
#include <functional>
#include <string>

namespace tessera::scoring {

// value = f(logParameters), gradient = df/dlogParameters.
using LogSpaceObjective =
    std::function<double(const Eigen::VectorXd& logParameters, Eigen::VectorXd& gradient)>;

struct LogSpaceMinimum {
    Eigen::VectorXd parameters; // exp of the best log-parameters
    double value = 0.0;         // the objective there
    double gradientNorm = 0.0;
    int iterations = 0;  // L-BFGS iterations; 0 when the line search stopped at rounding noise
    int evaluations = 0; // likelihood evaluations (finite ones)
    bool converged = false;
    std::string problem; // why not converged, for the user; empty when converged
};

// What every maximum-likelihood fit reports besides its parameters.
struct FitDiagnostics {
    double logLikelihood = 0.0; // summed over the customers
    int iterations = 0;         // L-BFGS iterations
    int evaluations = 0;        // likelihood evaluations
    bool converged = false;
    std::string problem; // why not converged; empty when converged
};

// The diagnostics of a minimum of the negative mean log-likelihood.
FitDiagnostics fitDiagnostics(const LogSpaceMinimum& minimum, double customers);

LogSpaceMinimum minimiseInLogSpace(const LogSpaceObjective& objective,
                                   const Eigen::VectorXd& startParameters);

} // namespace tessera::scoring
