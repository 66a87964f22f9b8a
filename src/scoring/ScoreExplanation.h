#pragma once

// Everything needed to say in words how one customer's scores came about:
// the raw values and the cut values that turned them into 1..5 scores, each
// dimension's points in RFMS, the segment lookup, the cluster and its
// distances, Q and y, the CRMV weights (and which rule chose them) with each
// dimension's points, and the TierScore against the tier cut-offs. The domain
// layer turns this into translated sentences.

#include "scoring/survey/CrmvScorer.h"
#include "scoring/PopulationScorer.h"
#include "scoring/rfm/QuintileScorer.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::scoring {

struct DimensionExplanation {
    double rawValue = 0.0;   // R_days, F, M or S
    std::uint8_t score = 1;  // 1..5
    QuintileCutoffs cutoffs; // the score is 1 + the number of cuts beaten
    double weight = 0.0;     // w_d
    double rfmsPoints = 0.0; // 100 w_d (score - 1) / 4: this dimension's share of RFMS
};

struct CustomerExplanation {
    std::size_t customer = 0;
    std::array<DimensionExplanation, kRfmsDimensionCount> dimensions; // R, F, M, S
    double rfms = 0.0;
    std::string rfmCode;
    double frequencyMonetaryMean = 0.0; // (F score + M score) / 2, read with R for the segment
    RfmSegment segment = RfmSegment::Lost;

    std::int32_t cluster = 0;
    std::array<double, kRfmsDimensionCount> standardisedScores{};
    std::vector<double> squaredDistanceToCentroids; // the cluster is the nearest

    std::array<double, kCrmvDimensionCount> q{}; // NaN where missing
    double y = 0.0;                              // NaN when missing
    bool hasCrmv = false;
    CrmvWeights weights;                                  // the customer's cluster's weights
    std::array<double, kCrmvDimensionCount> crmvPoints{}; // 100 alpha_k Q_k
    double crmv = 0.0;                                    // NaN when missing

    double lambda = 0.0;
    double tierScore = 0.0;
    Tier tier = Tier::Bronze;
    TierCutoffs tierCutoffs;
};

// customer: a dense index below scores.customerCount().
CustomerExplanation explainCustomer(const PopulationScores& scores,
                                    const ScoringParameters& parameters, std::size_t customer);

} // namespace tessera::scoring
