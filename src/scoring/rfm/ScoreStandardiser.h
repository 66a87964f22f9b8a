#pragma once

// Standardises the (R, F, M, S) score vectors to zero mean and unit variance
// per dimension before k-means (population standard deviation, divisor n).
// A dimension where everyone has the same score has deviation 0; it is divided
// by 1 instead, so it stays 0 and plays no part in the distances.
//
// The engine clusters the distinct score vectors, weighted by how many
// customers have each: ScoreVectorTable lists them in ascending code order
// (code = 125 (R-1) + 25 (F-1) + 5 (M-1) + (S-1)).

#include "scoring/rfm/RfmsComposer.h"

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

struct Standardisation {
    std::array<double, kRfmsDimensionCount> mean{};
    std::array<double, kRfmsDimensionCount> standardDeviation{1.0, 1.0, 1.0, 1.0};

    double standardise(int dimension, double score) const {
        const auto d = static_cast<std::size_t>(dimension);
        return (score - mean[d]) / standardDeviation[d];
    }
};

inline constexpr int kScoreVectorCodes = 625;

inline int scoreVectorCode(const std::array<std::uint8_t, kRfmsDimensionCount>& s) {
    return 125 * (s[0] - 1) + 25 * (s[1] - 1) + 5 * (s[2] - 1) + (s[3] - 1);
}

struct ScoreVectorTable {
    std::vector<std::int32_t> customerCode;                  // per customer
    std::array<std::int32_t, kScoreVectorCodes> rowOfCode{}; // -1: nobody has it
    Eigen::MatrixXd standardisedPoints;                      // one row per distinct vector
    Eigen::VectorXd customerCounts;                          // its weight
};

// Means and deviations computed from the counts of each score value, so the
// result does not depend on the order of the customers.
Standardisation standardisation(const RfmsScores& scores);

ScoreVectorTable scoreVectorTable(const RfmsScores& scores, const Standardisation& standard);

} // namespace tessera::scoring
