#include "scoring/kpi/DifferenceInDifferences.h"

#include <cmath>

namespace tessera::scoring {

namespace {

struct GroupMoments {
    std::int64_t n = 0;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double variance = std::numeric_limits<double>::quiet_NaN(); // sample, divisor n - 1
};

// Mean and sample variance of the finite entries, in two passes so the
// variance does not lose precision to a large common level.
GroupMoments moments(const Eigen::VectorXd& changes) {
    GroupMoments g;
    double sum = 0.0;
    for (const double c : changes)
        if (std::isfinite(c)) {
            sum += c;
            ++g.n;
        }
    if (g.n == 0)
        return g;
    g.mean = sum / static_cast<double>(g.n);
    if (g.n < 2)
        return g;
    double squares = 0.0;
    for (const double c : changes)
        if (std::isfinite(c))
            squares += (c - g.mean) * (c - g.mean);
    g.variance = squares / static_cast<double>(g.n - 1);
    return g;
}

} // namespace

DidEstimate differenceInDifferences(const Eigen::VectorXd& treatedChange,
                                    const Eigen::VectorXd& controlChange, double z) {
    const GroupMoments t = moments(treatedChange);
    const GroupMoments c = moments(controlChange);
    DidEstimate d;
    d.treated = t.n;
    d.control = c.n;
    if (t.n == 0 || c.n == 0)
        return d;
    d.uplift = t.mean - c.mean;
    // NaN variance of a single-unit group propagates to SE and CI.
    d.standardError =
        std::sqrt(t.variance / static_cast<double>(t.n) + c.variance / static_cast<double>(c.n));
    d.ciLow = d.uplift - z * d.standardError;
    d.ciHigh = d.uplift + z * d.standardError;
    return d;
}

} // namespace tessera::scoring
