#include "scoring/survey/CronbachAlpha.h"

#include <limits>
#include <vector>

namespace tessera::scoring {

namespace {

// Sample variance (divisor n - 1); the ratio in alpha does not depend on it.
double variance(const Eigen::VectorXd& values) {
    const double mean = values.mean();
    return (values.array() - mean).square().sum() / static_cast<double>(values.size() - 1);
}

Eigen::MatrixXd completeRows(const Eigen::MatrixXd& items) {
    std::vector<Eigen::Index> keep;
    for (Eigen::Index r = 0; r < items.rows(); ++r)
        if (items.row(r).allFinite())
            keep.push_back(r);
    Eigen::MatrixXd complete(static_cast<Eigen::Index>(keep.size()), items.cols());
    for (std::size_t i = 0; i < keep.size(); ++i)
        complete.row(static_cast<Eigen::Index>(i)) = items.row(keep[i]);
    return complete;
}

} // namespace

double cronbachAlpha(const Eigen::MatrixXd& items) {
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const Eigen::MatrixXd complete = completeRows(items);
    const Eigen::Index k = complete.cols();
    if (k < 2 || complete.rows() < 2)
        return kNaN;
    double itemVariances = 0.0;
    for (Eigen::Index i = 0; i < k; ++i)
        itemVariances += variance(complete.col(i));
    const double totalVariance = variance(complete.rowwise().sum());
    if (!(totalVariance > 0.0))
        return kNaN;
    return static_cast<double>(k) / static_cast<double>(k - 1) *
           (1.0 - itemVariances / totalVariance);
}

} // namespace tessera::scoring
