#pragma once

// Standard errors of a maximum-likelihood fit from the observed information:
// the negative Hessian of the summed log-likelihood at the optimum, in the
// natural parameters (not their logarithms). The Hessian is a central
// difference of the analytic gradient, symmetrised; its inverse is the
// asymptotic covariance of the estimates.

#include "scoring/clv/MaximumLikelihood.h"

#include <Eigen/Core>

namespace tessera::scoring {

struct ObservedInformation {
    Eigen::MatrixXd information;    // -d2 lnL / dtheta2, symmetric
    Eigen::VectorXd standardErrors; // NaN where they do not exist
    bool positiveDefinite = false;  // the optimum is a proper maximum (LLT succeeded)
};

// objective: the negative MEAN log-likelihood over `customers` in log-parameter
// space, as minimiseInLogSpace() takes it; parameters: the natural optimum.
ObservedInformation observedInformation(const LogSpaceObjective& objective,
                                        const Eigen::VectorXd& parameters, double customers);

} // namespace tessera::scoring
