#include "scoring/rfm/RfmsComposer.h"

namespace tessera::scoring {

RfmsScores scoreRfms(const RawValues& raw) {
    const Eigen::VectorXd* values[kRfmsDimensionCount] = {&raw.recencyDays, &raw.frequency,
                                                          &raw.monetary, &raw.social};
    RfmsScores result;
    for (int d = 0; d < kRfmsDimensionCount; ++d) {
        const auto direction =
            d == 0 ? ScoreDirection::LowerIsBetter : ScoreDirection::HigherIsBetter;
        QuintileScores dimension = scoreQuintiles(*values[d], direction);
        result.cutoffs[static_cast<std::size_t>(d)] = dimension.cutoffs;
        result.scores[static_cast<std::size_t>(d)] = std::move(dimension.scores);
    }
    return result;
}

double rfmsOf(const std::array<std::uint8_t, kRfmsDimensionCount>& s, const RfmsWeights& w) {
    return 100.0 *
           (w.recency * (s[0] - 1) + w.frequency * (s[1] - 1) + w.monetary * (s[2] - 1) +
            w.social * (s[3] - 1)) /
           4.0;
}

Eigen::VectorXd composeRfms(const RfmsScores& scores, const RfmsWeights& weights) {
    const auto n = static_cast<Eigen::Index>(scores.scores[0].size());
    Eigen::VectorXd rfms(n);
    for (Eigen::Index i = 0; i < n; ++i)
        rfms[i] = rfmsOf(scores.scoresOf(static_cast<std::size_t>(i)), weights);
    return rfms;
}

std::string rfmCode(const std::array<std::uint8_t, kRfmsDimensionCount>& s) {
    std::string code = "0-0-0-0";
    for (std::size_t d = 0; d < s.size(); ++d)
        code[2 * d] = static_cast<char>('0' + s[d]);
    return code;
}

} // namespace tessera::scoring
