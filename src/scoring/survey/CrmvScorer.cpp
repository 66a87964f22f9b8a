#include "scoring/survey/CrmvScorer.h"

#include "scoring/rfm/Nnls.h"

#include <cmath>
#include <limits>

namespace tessera::scoring {

namespace {

// Normal equations of y ~ Q alpha, accumulated respondent by respondent.
struct NormalEquations {
    Eigen::Matrix<double, kCrmvDimensionCount, kCrmvDimensionCount> gram =
        Eigen::Matrix<double, kCrmvDimensionCount, kCrmvDimensionCount>::Zero();
    CrmvVector rhs = CrmvVector::Zero();
    std::int64_t respondents = 0;

    void add(const CrmvVector& q, double y) {
        gram.noalias() += q * q.transpose();
        rhs.noalias() += y * q;
        ++respondents;
    }
    void add(const NormalEquations& other) {
        gram += other.gram;
        rhs += other.rhs;
        respondents += other.respondents;
    }
};

// The normalised NNLS weights, or nothing when the group is too small or
// the fit is all zero.
bool fitWeights(const NormalEquations& equations, int minRespondents, WeightRule rule,
                CrmvWeights& weights) {
    weights.respondents = equations.respondents;
    if (equations.respondents < minRespondents)
        return false;
    const Eigen::VectorXd x = nnlsNormalEquations(equations.gram, equations.rhs).x;
    const double sum = x.sum();
    if (!(sum > 0.0) || !std::isfinite(sum))
        return false;
    for (int k = 0; k < kCrmvDimensionCount; ++k)
        weights.alpha[static_cast<std::size_t>(k)] = x[k] / sum;
    weights.rule = rule;
    return true;
}

std::vector<NormalEquations> segmentEquations(const SurveyValues& survey,
                                              const std::vector<std::int32_t>& cluster,
                                              int clusterCount) {
    std::vector<NormalEquations> equations(static_cast<std::size_t>(clusterCount));
    CrmvVector q;
    for (Eigen::Index c = 0; c < survey.q.rows(); ++c) {
        if (!survey.hasCompleteQ(c) || std::isnan(survey.y[c]))
            continue;
        q = survey.q.row(c).transpose();
        equations[static_cast<std::size_t>(cluster[static_cast<std::size_t>(c)])].add(q,
                                                                                      survey.y[c]);
    }
    return equations;
}

} // namespace

double crmvOf(const std::array<double, kCrmvDimensionCount>& alpha, const CrmvVector& q) {
    double sum = 0.0;
    for (int k = 0; k < kCrmvDimensionCount; ++k)
        sum += alpha[static_cast<std::size_t>(k)] * q[k];
    return 100.0 * sum;
}

CrmvResult scoreCrmv(const SurveyValues& survey, const std::vector<std::int32_t>& cluster,
                     int clusterCount, int minSegmentRespondents) {
    const std::vector<NormalEquations> segments = segmentEquations(survey, cluster, clusterCount);
    NormalEquations population;
    for (const auto& segment : segments)
        population.add(segment);

    CrmvResult result;
    if (!fitWeights(population, minSegmentRespondents, WeightRule::PopulationFit,
                    result.populationWeights))
        result.populationWeights = CrmvWeights{.respondents = population.respondents};
    for (const auto& segment : segments) {
        CrmvWeights weights;
        if (!fitWeights(segment, minSegmentRespondents, WeightRule::SegmentFit, weights))
            weights = result.populationWeights;
        result.segmentWeights.push_back(weights);
        result.segmentRespondents.push_back(segment.respondents);
    }

    const Eigen::Index n = survey.q.rows();
    result.crmv = Eigen::VectorXd::Constant(n, std::numeric_limits<double>::quiet_NaN());
    result.rule.assign(static_cast<std::size_t>(n), WeightRule::None);
    CrmvVector q;
    for (Eigen::Index c = 0; c < n; ++c) {
        if (!survey.hasCompleteQ(c))
            continue;
        const CrmvWeights& weights =
            result.segmentWeights[static_cast<std::size_t>(cluster[static_cast<std::size_t>(c)])];
        q = survey.q.row(c).transpose();
        result.crmv[c] = crmvOf(weights.alpha, q);
        result.rule[static_cast<std::size_t>(c)] = weights.rule;
    }
    return result;
}

} // namespace tessera::scoring
