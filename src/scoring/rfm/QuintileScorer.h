#pragma once

// Scores 1..5 over the population (scoring.md section 1):
//   score = min(5, 1 + floor(5 * L(v) / n)), L(v) = customers strictly worse than v.
//
// Because score >= k + 1 exactly when L(v) >= m_k = ceil(k n / 5), and
// L(v) >= m exactly when v is strictly better than the m-th worst value, the
// rule reduces to four cut values (order statistics, found in O(n) with
// nth_element): score = 1 + number of cuts that v is strictly better than.
// Ties therefore always share a score, and the cuts explain a score in words.

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <vector>

namespace tessera::scoring {

enum class ScoreDirection : std::uint8_t { HigherIsBetter, LowerIsBetter };

struct QuintileCutoffs {
    ScoreDirection direction = ScoreDirection::HigherIsBetter;
    // cuts[k-1]: the value that must be strictly beaten (strictly above for
    // higher-is-better, strictly below for lower-is-better) to score above k.
    // NaN when the population is empty.
    std::array<double, 4> cuts{};

    bool beats(double value, int cutIndex) const {
        const double cut = cuts[static_cast<std::size_t>(cutIndex)];
        return direction == ScoreDirection::HigherIsBetter ? value > cut : value < cut;
    }
    std::uint8_t scoreOf(double value) const {
        return static_cast<std::uint8_t>(1 + beats(value, 0) + beats(value, 1) + beats(value, 2) +
                                         beats(value, 3));
    }
};

struct QuintileScores {
    QuintileCutoffs cutoffs;
    std::vector<std::uint8_t> scores;
};

// The four cut values of a population's values (no NaN; +inf allowed).
QuintileCutoffs quintileCutoffs(const Eigen::VectorXd& values, ScoreDirection direction);

QuintileScores scoreQuintiles(const Eigen::VectorXd& values, ScoreDirection direction);

} // namespace tessera::scoring
