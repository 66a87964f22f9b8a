#pragma once

// Weighted k-means: k-means++ seeding from a stored seed, then Lloyd
// iterations until no assignment changes or the iteration limit is reached.
//
// Weighted, because the engine clusters the (at most 625) distinct score
// vectors with their customer counts as weights: the same result as
// clustering every customer, at a fraction of the cost.
//
// Exact procedure (the Python peer reproduces it):
//  - Seeding: the generator is SplitMix64(seed). The first centre is the
//    point i whose cumulative weight first exceeds u * (total weight), u from
//    nextDouble(). Each further centre: mass_i = w_i * D_i^2 (D_i = distance to
//    the nearest chosen centre), the point whose cumulative mass first exceeds
//    u * (total mass); when the total mass is 0 (every point sits on a centre)
//    the first point is taken again, and its cluster stays empty.
//  - Squared distances are summed over the coordinates in order.
//  - Assignment: the nearest centre, ties to the lowest cluster index.
//  - Update: the weighted mean of the cluster's points; an empty cluster
//    keeps its centre.
//  - Stop when an assignment equals the previous one (converged) or after
//    maxIterations assignments; then the labels are made to match the
//    final centres.

#include "scoring/ScoringParameters.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct KMeansResult {
    Eigen::MatrixXd centroids;        // k x d
    std::vector<std::int32_t> labels; // per point, 0..k-1
    int iterations = 0;               // assignment steps done
    bool converged = false;           // the last assignment changed nothing
};

// points: one row per point; weights: one positive weight per point.
KMeansResult kmeans(const Eigen::MatrixXd& points, const Eigen::VectorXd& weights,
                    const KMeansSettings& settings);

// The k-means++ starting centres alone (k x d), as used by kmeans().
Eigen::MatrixXd kmeansPlusPlusSeeds(const Eigen::MatrixXd& points, const Eigen::VectorXd& weights,
                                    int clusterCount, std::uint64_t seed);

double squaredDistance(const Eigen::MatrixXd& points, Eigen::Index point,
                       const Eigen::MatrixXd& centroids, Eigen::Index centroid);

} // namespace tessera::scoring
