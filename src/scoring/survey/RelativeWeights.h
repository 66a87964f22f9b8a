#pragma once

// Johnson's (2000) relative weights: key-driver analysis of a survey, i.e.
// how much of the variance of an outcome y (say overall satisfaction) each
// predictor (say the rating of delivery, price, support) accounts for.
// Regression coefficients cannot answer that when the predictors are
// correlated, as ratings always are; relative weights split R^2 into
// non-negative parts that sum to it.
//
// On standardised data (correlations Rxx, p x p, and rxy, p):
//   Rxx = V diag(e) V'           (eigen-decomposition)
//   Lambda = V diag(sqrt(e)) V'  (the symmetric square root, Rxx = Lambda Lambda)
//   beta = Lambda^-1 rxy         (y regressed on the orthogonal counterparts Z of the predictors)
//   raw_j = sum_k Lambda(j,k)^2 beta_k^2,   R^2 = sum_j raw_j.
// Lambda(j,k)^2 is the share of predictor j in the orthogonal variable k (each
// column of Lambda has unit length), beta_k^2 the share of y explained by k.
//
// Collinear predictors make Rxx singular: tiny or negative eigenvalues are
// treated as 0 and Lambda^-1 is the pseudo-inverse, so a predictor and its
// copy split their weight evenly instead of blowing up. A constant predictor
// has no correlation with anything and gets weight 0.

#include <Eigen/Core>
#include <cstdint>
#include <limits>

namespace tessera::scoring {

struct RelativeWeights {
    Eigen::VectorXd raw;   // per predictor, sums to R^2
    Eigen::VectorXd share; // raw / R^2, sums to 1
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    std::int64_t n = 0; // complete rows used
};

// predictors: n x p (rows = respondents); y: n. Rows with any non-finite
// value in the predictors or y are dropped. All NaN (n still set) when fewer
// than p + 2 complete rows remain, y is constant, there are no predictors or
// the row counts disagree (then n = 0). share is NaN when R^2 is 0.
RelativeWeights relativeWeights(const Eigen::MatrixXd& predictors, const Eigen::VectorXd& y);

} // namespace tessera::scoring
