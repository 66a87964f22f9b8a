#include "scoring/survey/SurveyAggregator.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace tessera::scoring {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// sum / count, rescaled from 1..scaleMax to 0..1 (NaN where count is 0).
double rescaledMean(double sum, std::uint32_t count, double low, double high) {
    if (count == 0)
        return kNaN;
    const double mean = sum / count;
    return (mean - low) / (high - low);
}

} // namespace

Result<SurveyValues> aggregateSurveys(const SurveyAnswerColumns& answers,
                                      const RecommendAnswerColumns& recommend,
                                      std::int32_t customerCount, const DayWindow& window,
                                      int likertScaleMax) {
    TESSERA_TRY(checkSurveyAnswers(answers, customerCount, likertScaleMax));
    TESSERA_TRY(checkRecommendAnswers(recommend, customerCount));
    const Eigen::Index n = customerCount;

    // Sums build up in place of the means (Q's own memory); counts beside them.
    constexpr Eigen::Index K = kCrmvDimensionCount;
    SurveyValues values;
    values.q = Eigen::MatrixXd::Zero(n, K);
    values.y = Eigen::VectorXd::Zero(n);
    std::vector<std::uint32_t> count(static_cast<std::size_t>(n * K), 0);
    std::vector<std::uint32_t> recommendCount(static_cast<std::size_t>(n), 0);
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (window.contains(answers.day[i])) {
            values.q(answers.customer[i], answers.dimension[i]) += answers.value[i];
            ++count[static_cast<std::size_t>(answers.customer[i]) * K + answers.dimension[i]];
        }
    for (std::size_t i = 0; i < recommend.size(); ++i)
        if (window.contains(recommend.day[i])) {
            values.y[recommend.customer[i]] += recommend.value[i];
            ++recommendCount[static_cast<std::size_t>(recommend.customer[i])];
        }

    for (Eigen::Index c = 0; c < n; ++c) {
        for (Eigen::Index k = 0; k < K; ++k)
            values.q(c, k) = rescaledMean(
                values.q(c, k), count[static_cast<std::size_t>(c * K + k)], 1.0, likertScaleMax);
        values.y[c] = rescaledMean(values.y[c], recommendCount[static_cast<std::size_t>(c)], 0.0,
                                   kRecommendScaleMax);
    }
    return values;
}

} // namespace tessera::scoring
