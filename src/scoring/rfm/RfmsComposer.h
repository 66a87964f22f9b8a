#pragma once

// The four 1..5 scores of every customer, and the RFMS composite (0..100):
//   RFMS = 100 * (w_R (s_R - 1) + w_F (s_F - 1) + w_M (s_M - 1) + w_S (s_S - 1)) / 4
// evaluated in exactly that order, so every implementation gets the same bits.

#include "scoring/rfm/QuintileScorer.h"
#include "scoring/rfm/RawValueAggregator.h"
#include "scoring/ScoringParameters.h"

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::scoring {

enum class RfmsDimension : std::uint8_t { Recency = 0, Frequency = 1, Monetary = 2, Social = 3 };

inline constexpr int kRfmsDimensionCount = 4;

struct RfmsScores {
    // Indexed by RfmsDimension: the cut values and each customer's score.
    std::array<QuintileCutoffs, kRfmsDimensionCount> cutoffs;
    std::array<std::vector<std::uint8_t>, kRfmsDimensionCount> scores;

    std::uint8_t score(RfmsDimension dimension, std::size_t customer) const {
        return scores[static_cast<std::size_t>(dimension)][customer];
    }
    std::array<std::uint8_t, kRfmsDimensionCount> scoresOf(std::size_t customer) const {
        return {scores[0][customer], scores[1][customer], scores[2][customer], scores[3][customer]};
    }
};

// Scores R (lower is better) and F, M, S (higher is better) over the population.
RfmsScores scoreRfms(const RawValues& raw);

double rfmsOf(const std::array<std::uint8_t, kRfmsDimensionCount>& scores,
              const RfmsWeights& weights);

Eigen::VectorXd composeRfms(const RfmsScores& scores, const RfmsWeights& weights);

// "5-4-5-2": the R, F, M and S scores.
std::string rfmCode(const std::array<std::uint8_t, kRfmsDimensionCount>& scores);

} // namespace tessera::scoring
