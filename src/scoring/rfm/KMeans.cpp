#include "scoring/rfm/KMeans.h"

#include "scoring/SplitMix64.h"

#include <limits>

namespace tessera::scoring {

double squaredDistance(const Eigen::MatrixXd& points, Eigen::Index point,
                       const Eigen::MatrixXd& centroids, Eigen::Index centroid) {
    double sum = 0.0;
    for (Eigen::Index d = 0; d < points.cols(); ++d) {
        const double diff = points(point, d) - centroids(centroid, d);
        sum += diff * diff;
    }
    return sum;
}

namespace {

// The first point whose cumulative mass exceeds target (points of zero mass
// are never chosen); rounding can leave target unreached: the last point
// with mass then.
Eigen::Index pickByMass(const Eigen::VectorXd& mass, double target) {
    double cumulative = 0.0;
    Eigen::Index lastWithMass = 0;
    for (Eigen::Index i = 0; i < mass.size(); ++i) {
        if (!(mass[i] > 0.0))
            continue;
        cumulative += mass[i];
        lastWithMass = i;
        if (cumulative > target)
            return i;
    }
    return lastWithMass;
}

double sequentialSum(const Eigen::VectorXd& values) {
    double sum = 0.0;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        sum += values[i];
    return sum;
}

std::int32_t nearestCentroid(const Eigen::MatrixXd& points, Eigen::Index point,
                             const Eigen::MatrixXd& centroids) {
    std::int32_t best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (Eigen::Index c = 0; c < centroids.rows(); ++c) {
        const double distance = squaredDistance(points, point, centroids, c);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<std::int32_t>(c);
        }
    }
    return best;
}

std::vector<std::int32_t> assign(const Eigen::MatrixXd& points, const Eigen::MatrixXd& centroids) {
    std::vector<std::int32_t> labels(static_cast<std::size_t>(points.rows()));
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        labels[static_cast<std::size_t>(i)] = nearestCentroid(points, i, centroids);
    return labels;
}

void updateCentroids(const Eigen::MatrixXd& points, const Eigen::VectorXd& weights,
                     const std::vector<std::int32_t>& labels, Eigen::MatrixXd& centroids) {
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(centroids.rows(), centroids.cols());
    Eigen::VectorXd mass = Eigen::VectorXd::Zero(centroids.rows());
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const auto c = labels[static_cast<std::size_t>(i)];
        sums.row(c) += weights[i] * points.row(i);
        mass[c] += weights[i];
    }
    for (Eigen::Index c = 0; c < centroids.rows(); ++c)
        if (mass[c] > 0.0)
            centroids.row(c) = sums.row(c) / mass[c];
}

} // namespace

Eigen::MatrixXd kmeansPlusPlusSeeds(const Eigen::MatrixXd& points, const Eigen::VectorXd& weights,
                                    int clusterCount, std::uint64_t seed) {
    Eigen::MatrixXd centroids(clusterCount, points.cols());
    if (points.rows() == 0 || clusterCount < 1) {
        centroids.setZero();
        return centroids;
    }
    SplitMix64 random(seed);
    Eigen::Index chosen = pickByMass(weights, random.nextDouble() * sequentialSum(weights));
    centroids.row(0) = points.row(chosen);

    Eigen::VectorXd nearest(points.rows());
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        nearest[i] = squaredDistance(points, i, centroids, 0);
    for (int c = 1; c < clusterCount; ++c) {
        const Eigen::VectorXd mass = weights.cwiseProduct(nearest);
        const double total = sequentialSum(mass);
        chosen = total > 0.0 ? pickByMass(mass, random.nextDouble() * total) : 0;
        centroids.row(c) = points.row(chosen);
        for (Eigen::Index i = 0; i < points.rows(); ++i)
            nearest[i] = std::min(nearest[i], squaredDistance(points, i, centroids, c));
    }
    return centroids;
}

KMeansResult kmeans(const Eigen::MatrixXd& points, const Eigen::VectorXd& weights,
                    const KMeansSettings& settings) {
    KMeansResult result;
    result.centroids = kmeansPlusPlusSeeds(points, weights, settings.clusterCount, settings.seed);
    if (points.rows() == 0) {
        result.converged = true;
        return result;
    }
    result.labels = assign(points, result.centroids);
    result.iterations = 1;
    for (;;) {
        updateCentroids(points, weights, result.labels, result.centroids);
        if (result.iterations >= settings.maxIterations)
            break;
        std::vector<std::int32_t> labels = assign(points, result.centroids);
        ++result.iterations;
        const bool unchanged = labels == result.labels;
        result.labels = std::move(labels);
        if (unchanged) {
            result.converged = true;
            return result;
        }
    }
    // Out of iterations: keep the final centres and label by them.
    result.labels = assign(points, result.centroids);
    return result;
}

} // namespace tessera::scoring
