#pragma once

// The whole scoring pipeline over one population, as one call:
//   raw values -> 1..5 scores -> RFMS, RFM code, named segment
//   -> k-means segments -> survey Q and y -> CRMV -> TierScore -> tier.
// Everything a report needs to explain a customer's result is kept: the
// inputs per customer, the cut values, the standardisation, the centroids,
// the CRMV weights and the rule that produced them, and the tier cut-offs.
// Single-threaded and deterministic: the same input gives the same bits.

#include "common/Result.h"
#include "scoring/survey/CrmvScorer.h"
#include "scoring/rfm/RawValueAggregator.h"
#include "scoring/rfm/RfmSegment.h"
#include "scoring/rfm/RfmsComposer.h"
#include "scoring/rfm/ScoreClusterer.h"
#include "scoring/ScoringInputs.h"
#include "scoring/ScoringParameters.h"
#include "scoring/survey/SurveyAggregator.h"
#include "scoring/TierAssigner.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace tessera::scoring {

struct PopulationScores {
    DayWindow window;

    // Per customer (index = the dense customer index of the input).
    RawValues raw;                   // R_days (+inf: no purchase), F, M, S
    RfmsScores scores;               // four 1..5 scores, and each dimension's cut values
    Eigen::VectorXd rfms;            // 0..100
    std::vector<RfmSegment> segment; // named RFM segment
    ScoreClustering clustering;      // cluster per customer; standardisation, centroids
    SurveyValues survey;             // Q_1..Q_5 (NaN when missing) and y (NaN when none)
    CrmvResult crmv;                 // CRMV (NaN when missing), weight rule; weights per cluster
    Eigen::VectorXd tierScore;       // lambda RFMS + (1 - lambda) CRMV, or RFMS
    TierAssignment tiers;            // tier per customer, and the cut-offs

    std::size_t customerCount() const { return static_cast<std::size_t>(rfms.size()); }
    std::string rfmCode(std::size_t customer) const {
        return scoring::rfmCode(scores.scoresOf(customer));
    }
    Tier tier(std::size_t customer) const { return tiers.tiers[customer]; }
};

double tierScoreOf(double rfms, double crmv, double lambda);

Result<PopulationScores> scorePopulation(const PopulationInput& input,
                                         const ScoringParameters& parameters);

} // namespace tessera::scoring
