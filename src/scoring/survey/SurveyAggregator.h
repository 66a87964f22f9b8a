#pragma once

// Survey inputs of CRMV per customer over the window (scoring.md section 2):
//   Q_k = (mean answer on dimension k - 1) / (scale_max - 1), 0..1;
//         NaN when the customer gave no answer on that dimension
//   y   = mean likelihood-to-recommend answer / 10, 0..1; NaN when none

#include "common/Result.h"
#include "scoring/ScoringInputs.h"

#include <Eigen/Core>

namespace tessera::scoring {

struct SurveyValues {
    Eigen::MatrixXd q; // n x 5, column k-1 is Q_k
    Eigen::VectorXd y;

    bool hasCompleteQ(Eigen::Index customer) const { return q.row(customer).allFinite(); }
};

Result<SurveyValues> aggregateSurveys(const SurveyAnswerColumns& answers,
                                      const RecommendAnswerColumns& recommend,
                                      std::int32_t customerCount, const DayWindow& window,
                                      int likertScaleMax);

} // namespace tessera::scoring
