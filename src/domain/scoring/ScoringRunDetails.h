#pragma once

// What a scoring run stores besides each customer's results: the window, the
// quintile cut values, the standardisation and centroids of the segments,
// each segment's CRMV weights and rule, the tier cut-offs, and the fitted
// lifetime-value models. Enough to explain any customer's result later.

#include "scoring/PopulationScorer.h"
#include "scoring/clv/LifetimeValue.h"

#include <QJsonObject>
#include <array>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct SegmentWeights {
    std::array<double, 5> alpha{};
    std::string rule; // segment_fit | population_fit | equal_weights
    std::int64_t respondents = 0;
};

struct ScoringRunDetails {
    static constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

    bool allHistory = false;
    std::int32_t windowDays = 365;
    std::int32_t firstDay = 0; // first day inside the window (all history: 0 = no limit)
    std::array<std::array<double, 4>, 4> cutoffs{}; // R, F, M, S: the four cut values each
    std::array<double, 4> standardMean{};
    std::array<double, 4> standardDeviation{};
    std::vector<std::array<double, 4>> centroids; // standardised units
    std::vector<std::int64_t> clusterSizes;
    int kmeansIterations = 0;
    std::vector<SegmentWeights> segmentWeights;
    SegmentWeights populationWeights;
    std::array<std::optional<double>, 4> tierMinimum{}; // Diamond..Silver; nullopt: nobody
    bool clvFitted = false;
    std::string clvProblem;
    scoring::BgNbdParameters bgNbd;
    double bgNbdLogLikelihood = 0;
    std::int64_t bgNbdCustomers = 0;
    scoring::GammaGammaParameters gammaGamma;
    std::int64_t gammaGammaCustomers = 0;
    // Standard errors (NaN where none) and what makes a fit unsound; runs
    // stored before the checks existed read back with NaN and no warnings.
    scoring::BgNbdParameters bgNbdStandardErrors{kNoValue, kNoValue, kNoValue, kNoValue};
    std::vector<scoring::FitWarning> bgNbdWarnings;
    scoring::GammaGammaParameters gammaGammaStandardErrors{kNoValue, kNoValue, kNoValue};
    std::vector<scoring::FitWarning> gammaGammaWarnings;
    std::int64_t loadMs = 0, engineMs = 0, clvMs = 0, writeMs = 0;

    static ScoringRunDetails from(const scoring::PopulationScores& scores,
                                  const scoring::WindowSettings& window);
    void setLifetimeValues(const scoring::LifetimeValues& values);

    QJsonObject toJson() const;
    static ScoringRunDetails fromJson(const QJsonObject& json);
    // From the JSON text a run stores (storage::ScoringRunRecord::details);
    // text that is not a JSON object reads as no details.
    static ScoringRunDetails fromStored(const std::string& json);
};

std::string weightRuleKey(scoring::WeightRule rule);

// One model's standard errors as JSON: {"r": 0.0126, ...}, null where none.
QJsonObject standardErrorsJson(const scoring::BgNbdParameters& standardErrors);
QJsonObject standardErrorsJson(const scoring::GammaGammaParameters& standardErrors);

} // namespace tessera::domain
