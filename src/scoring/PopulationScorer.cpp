#include "scoring/PopulationScorer.h"

#include "scoring/rfm/RfmSegmenter.h"

#include <cmath>

namespace tessera::scoring {

double tierScoreOf(double rfms, double crmv, double lambda) {
    return std::isnan(crmv) ? rfms : lambda * rfms + (1.0 - lambda) * crmv;
}

namespace {

Status checkParameters(const ScoringParameters& parameters) {
    const std::vector<std::string> problems = parameters.validate();
    if (problems.empty())
        return {};
    std::string message = "The scoring profile cannot be used: " + problems.front();
    if (problems.size() > 1)
        message += " (and " + std::to_string(problems.size() - 1) + " more problems)";
    return makeError(ErrorCode::InvalidArgument, message);
}

Eigen::VectorXd tierScores(const Eigen::VectorXd& rfms, const Eigen::VectorXd& crmv,
                           double lambda) {
    Eigen::VectorXd scores(rfms.size());
    for (Eigen::Index i = 0; i < rfms.size(); ++i)
        scores[i] = tierScoreOf(rfms[i], crmv[i], lambda);
    return scores;
}

// Section 1: raw values, scores, RFMS and the named segment.
Status scoreBehaviour(const PopulationInput& input, const ScoringParameters& parameters,
                      PopulationScores& out) {
    auto raw = aggregateRawValues(input.transactions, input.interactions, input.customerCount,
                                  out.window, parameters.socialWeightByKind);
    if (!raw)
        return raw.error();
    out.raw = std::move(*raw);
    out.scores = scoreRfms(out.raw);
    out.rfms = composeRfms(out.scores, parameters.rfmsWeights);
    auto segmenter = RfmSegmenter::create(parameters.segmentTable);
    if (!segmenter)
        return segmenter.error();
    out.segment = segmenter->segment(out.scores);
    return {};
}

// Section 2: segments, survey values and CRMV.
Status scoreRelationship(const PopulationInput& input, const ScoringParameters& parameters,
                         PopulationScores& out) {
    out.clustering = clusterScores(out.scores, parameters.kmeans);
    auto survey = aggregateSurveys(input.surveyAnswers, input.recommendAnswers, input.customerCount,
                                   out.window, parameters.crmv.likertScaleMax);
    if (!survey)
        return survey.error();
    out.survey = std::move(*survey);
    out.crmv = scoreCrmv(out.survey, out.clustering.cluster, parameters.kmeans.clusterCount,
                         parameters.crmv.minSegmentRespondents);
    return {};
}

// Section 3: TierScore and tier.
Status scoreTiers(const ScoringParameters& parameters, PopulationScores& out) {
    out.tierScore = tierScores(out.rfms, out.crmv.crmv, parameters.tiers.lambda);
    auto tiers = assignTiers(out.tierScore, parameters.tiers);
    if (!tiers)
        return tiers.error();
    out.tiers = std::move(*tiers);
    return {};
}

} // namespace

Result<PopulationScores> scorePopulation(const PopulationInput& input,
                                         const ScoringParameters& parameters) {
    TESSERA_TRY(checkParameters(parameters));
    if (input.customerCount < 0)
        return makeError(ErrorCode::InvalidArgument, "The number of customers cannot be negative.");
    PopulationScores out;
    out.window = DayWindow::ending(input.asOfDay, parameters.window);
    TESSERA_TRY(scoreBehaviour(input, parameters, out));
    TESSERA_TRY(scoreRelationship(input, parameters, out));
    TESSERA_TRY(scoreTiers(parameters, out));
    return out;
}

} // namespace tessera::scoring
