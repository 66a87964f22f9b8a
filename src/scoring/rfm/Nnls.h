#pragma once

// Non-negative least squares, min ||A x - b|| subject to x >= 0, by the
// Lawson-Hanson active-set method in its normal-equations form (Bro and
// de Jong's "fast NNLS"): the iterations only touch the small p x p matrix
// A'A, so a fit over hundreds of thousands of respondents costs one pass to
// build A'A and A'b.

#include <Eigen/Core>

namespace tessera::scoring {

struct NnlsResult {
    Eigen::VectorXd x;
    int iterations = 0;     // inner (step-back) iterations included
    bool converged = false; // false only if the iteration limit was hit
};

NnlsResult nnls(const Eigen::MatrixXd& a, const Eigen::VectorXd& b);

// The same from the normal equations: gram = A'A, rhs = A'b.
NnlsResult nnlsNormalEquations(const Eigen::MatrixXd& gram, const Eigen::VectorXd& rhs);

} // namespace tessera::scoring
