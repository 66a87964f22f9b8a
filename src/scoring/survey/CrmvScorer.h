#pragma once

// CRMV, the relationship value (scoring.md section 2):
//   CRMV = 100 * sum_k alpha_{c,k} Q_k, for customers with all five Q_k.
//
// The weights alpha_c of segment (k-means cluster) c come from a
// non-negative least squares fit of y ~ Q alpha over the segment's
// respondents (customers with all five Q_k and a y), normalised to sum 1.
// Fallbacks, recorded per segment:
//   - fewer than minSegmentRespondents respondents, or an all-zero fit:
//     the same fit over all respondents of the population;
//   - that population fit fails by the same two tests: equal weights 0.2.

#include "scoring/ScoringInputs.h"
#include "scoring/survey/SurveyAggregator.h"

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

enum class WeightRule : std::uint8_t {
    None = 0,          // the customer has no CRMV (some Q_k missing)
    SegmentFit = 1,    // fitted on the customer's own segment
    PopulationFit = 2, // fitted on every respondent
    EqualWeights = 3,  // 0.2 each
};

struct CrmvWeights {
    std::array<double, kCrmvDimensionCount> alpha{0.2, 0.2, 0.2, 0.2, 0.2};
    WeightRule rule = WeightRule::EqualWeights;
    std::int64_t respondents = 0; // respondents the fit saw (segment or population)
};

struct CrmvResult {
    std::vector<CrmvWeights> segmentWeights; // per cluster: the weights it uses
    std::vector<std::int64_t> segmentRespondents;
    CrmvWeights populationWeights; // the fallback (population fit or equal)
    Eigen::VectorXd crmv;          // per customer; NaN without all five Q_k
    std::vector<WeightRule> rule;  // per customer; None without CRMV
};

using CrmvVector = Eigen::Matrix<double, kCrmvDimensionCount, 1>;

double crmvOf(const std::array<double, kCrmvDimensionCount>& alpha, const CrmvVector& q);

CrmvResult scoreCrmv(const SurveyValues& survey, const std::vector<std::int32_t>& cluster,
                     int clusterCount, int minSegmentRespondents);

} // namespace tessera::scoring
