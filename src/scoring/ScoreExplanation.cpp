#include "scoring/ScoreExplanation.h"

#include <cmath>

namespace tessera::scoring {

namespace {

void explainBehaviour(const PopulationScores& scores, const ScoringParameters& parameters,
                      std::size_t c, CustomerExplanation& out) {
    const Eigen::VectorXd* raw[kRfmsDimensionCount] = {
        &scores.raw.recencyDays, &scores.raw.frequency, &scores.raw.monetary, &scores.raw.social};
    const RfmsWeights& w = parameters.rfmsWeights;
    const double weights[kRfmsDimensionCount] = {w.recency, w.frequency, w.monetary, w.social};
    for (std::size_t d = 0; d < kRfmsDimensionCount; ++d) {
        DimensionExplanation& dimension = out.dimensions[d];
        dimension.rawValue = (*raw[d])[static_cast<Eigen::Index>(c)];
        dimension.score = scores.scores.scores[d][c];
        dimension.cutoffs = scores.scores.cutoffs[d];
        dimension.weight = weights[d];
        dimension.rfmsPoints = 100.0 * weights[d] * (dimension.score - 1) / 4.0;
    }
    out.rfms = scores.rfms[static_cast<Eigen::Index>(c)];
    out.rfmCode = scores.rfmCode(c);
    out.frequencyMonetaryMean = (out.dimensions[1].score + out.dimensions[2].score) / 2.0;
    out.segment = scores.segment[c];
}

void explainCluster(const PopulationScores& scores, std::size_t c, CustomerExplanation& out) {
    const ScoreClustering& clustering = scores.clustering;
    out.cluster = clustering.cluster[c];
    for (int d = 0; d < kRfmsDimensionCount; ++d)
        out.standardisedScores[static_cast<std::size_t>(d)] =
            clustering.standardisation.standardise(
                d, out.dimensions[static_cast<std::size_t>(d)].score);
    for (Eigen::Index k = 0; k < clustering.centroids.rows(); ++k) {
        double sum = 0.0;
        for (int d = 0; d < kRfmsDimensionCount; ++d) {
            const double diff =
                out.standardisedScores[static_cast<std::size_t>(d)] - clustering.centroids(k, d);
            sum += diff * diff;
        }
        out.squaredDistanceToCentroids.push_back(sum);
    }
}

void explainRelationship(const PopulationScores& scores, std::size_t c, CustomerExplanation& out) {
    const auto row = static_cast<Eigen::Index>(c);
    for (int k = 0; k < kCrmvDimensionCount; ++k)
        out.q[static_cast<std::size_t>(k)] = scores.survey.q(row, k);
    out.y = scores.survey.y[row];
    out.crmv = scores.crmv.crmv[row];
    out.hasCrmv = !std::isnan(out.crmv);
    out.weights = scores.crmv.segmentWeights[static_cast<std::size_t>(out.cluster)];
    for (std::size_t k = 0; k < kCrmvDimensionCount; ++k)
        out.crmvPoints[k] = out.hasCrmv ? 100.0 * out.weights.alpha[k] * out.q[k] : 0.0;
}

} // namespace

CustomerExplanation explainCustomer(const PopulationScores& scores,
                                    const ScoringParameters& parameters, std::size_t customer) {
    CustomerExplanation out;
    out.customer = customer;
    explainBehaviour(scores, parameters, customer, out);
    explainCluster(scores, customer, out);
    explainRelationship(scores, customer, out);
    out.lambda = parameters.tiers.lambda;
    out.tierScore = scores.tierScore[static_cast<Eigen::Index>(customer)];
    out.tier = scores.tier(customer);
    out.tierCutoffs = scores.tiers.cutoffs;
    return out;
}

} // namespace tessera::scoring
