#pragma once

// Segments for CRMV (scoring.md section 2): k-means on the population's
// standardised (R, F, M, S) score vectors. The distinct vectors (at most 625)
// are clustered with their customer counts as weights, which gives the same
// clusters as clustering every customer, in microseconds.

#include "scoring/rfm/KMeans.h"
#include "scoring/rfm/RfmsComposer.h"
#include "scoring/rfm/ScoreStandardiser.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct ScoreClustering {
    Standardisation standardisation;
    Eigen::MatrixXd centroids; // k x 4, in standardised units
    int iterations = 0;
    bool converged = false;
    std::vector<std::int32_t> cluster;      // per customer, 0..k-1
    std::vector<std::int64_t> clusterSizes; // customers per cluster

    // A centroid in score units (1..5), for reports.
    Eigen::RowVectorXd centroidInScores(Eigen::Index c) const;
};

ScoreClustering clusterScores(const RfmsScores& scores, const KMeansSettings& settings);

} // namespace tessera::scoring
