#pragma once

// Collapses identical rows of a few columns into distinct rows with counts.
// Many customers share a purchase history (x, t_x, T) -- every one-time buyer
// of the same first day does -- so likelihoods and predictions are evaluated
// once per distinct history and weighted by its count.

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct DistinctRows {
    Eigen::MatrixXd rows;            // distinct rows, in ascending lexicographic order
    Eigen::VectorXd count;           // how many input rows each stands for
    std::vector<std::int32_t> rowOf; // per input row: its distinct row

    Eigen::Index size() const { return rows.rows(); }
};

// columns: the input as one column per field, all of the same length.
DistinctRows distinctRows(const std::vector<const Eigen::VectorXd*>& columns);

// The distinct values of one column (ascending) and, per element, its index.
struct DistinctValues {
    Eigen::VectorXd values;
    std::vector<std::int32_t> indexOf;
};

DistinctValues distinctValues(const Eigen::VectorXd& column);

} // namespace tessera::scoring
