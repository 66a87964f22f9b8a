#pragma once

// Cronbach's alpha of a survey dimension's items (scoring.md section 5):
//   alpha = k / (k - 1) * (1 - sum_i var(item_i) / var(sum of items))
// over a respondents x items matrix. Respondents with a missing (NaN) item
// are left out. NaN when undefined: fewer than 2 items, fewer than 2
// complete respondents, or no variance in the total.

#include <Eigen/Core>

namespace tessera::scoring {

double cronbachAlpha(const Eigen::MatrixXd& items);

} // namespace tessera::scoring
