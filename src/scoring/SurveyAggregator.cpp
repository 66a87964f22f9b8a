#include "scoring/SurveyAggregator.h"

#include <limits>

namespace tessera::scoring {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// sum / count, rescaled from 1..scaleMax to 0..1 (NaN where count is 0).
double rescaledMean(double sum, double count, double low, double high) {
    if (count == 0.0)
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

    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(n, kCrmvDimensionCount);
    Eigen::MatrixXd count = Eigen::MatrixXd::Zero(n, kCrmvDimensionCount);
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (window.contains(answers.day[i])) {
            sum(answers.customer[i], answers.dimension[i]) += answers.value[i];
            count(answers.customer[i], answers.dimension[i]) += 1.0;
        }
    Eigen::VectorXd recommendSum = Eigen::VectorXd::Zero(n);
    Eigen::VectorXd recommendCount = Eigen::VectorXd::Zero(n);
    for (std::size_t i = 0; i < recommend.size(); ++i)
        if (window.contains(recommend.day[i])) {
            recommendSum[recommend.customer[i]] += recommend.value[i];
            recommendCount[recommend.customer[i]] += 1.0;
        }

    SurveyValues values;
    values.q.resize(n, kCrmvDimensionCount);
    values.y.resize(n);
    for (Eigen::Index k = 0; k < kCrmvDimensionCount; ++k)
        for (Eigen::Index c = 0; c < n; ++c)
            values.q(c, k) = rescaledMean(sum(c, k), count(c, k), 1.0, likertScaleMax);
    for (Eigen::Index c = 0; c < n; ++c)
        values.y[c] = rescaledMean(recommendSum[c], recommendCount[c], 0.0, kRecommendScaleMax);
    return values;
}

} // namespace tessera::scoring
