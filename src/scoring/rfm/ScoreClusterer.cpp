#include "scoring/rfm/ScoreClusterer.h"

namespace tessera::scoring {

Eigen::RowVectorXd ScoreClustering::centroidInScores(Eigen::Index c) const {
    Eigen::RowVectorXd scores(kRfmsDimensionCount);
    for (int d = 0; d < kRfmsDimensionCount; ++d)
        scores[d] =
            standardisation.mean[static_cast<std::size_t>(d)] +
            centroids(c, d) * standardisation.standardDeviation[static_cast<std::size_t>(d)];
    return scores;
}

ScoreClustering clusterScores(const RfmsScores& scores, const KMeansSettings& settings) {
    ScoreClustering result;
    result.standardisation = standardisation(scores);
    const ScoreVectorTable table = scoreVectorTable(scores, result.standardisation);
    KMeansResult fit = kmeans(table.standardisedPoints, table.customerCounts, settings);
    result.centroids = std::move(fit.centroids);
    result.iterations = fit.iterations;
    result.converged = fit.converged;

    result.cluster.resize(table.customerCode.size());
    result.clusterSizes.assign(static_cast<std::size_t>(settings.clusterCount), 0);
    for (std::size_t i = 0; i < table.customerCode.size(); ++i) {
        const auto row = table.rowOfCode[static_cast<std::size_t>(table.customerCode[i])];
        const std::int32_t label = fit.labels[static_cast<std::size_t>(row)];
        result.cluster[i] = label;
        ++result.clusterSizes[static_cast<std::size_t>(label)];
    }
    return result;
}

} // namespace tessera::scoring
