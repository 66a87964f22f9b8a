#include "scoring/rfm/ScoreStandardiser.h"

#include <cmath>

namespace tessera::scoring {

Standardisation standardisation(const RfmsScores& scores) {
    Standardisation result;
    const auto n = scores.scores[0].size();
    if (n == 0)
        return result;
    for (std::size_t d = 0; d < kRfmsDimensionCount; ++d) {
        std::array<double, 6> count{};
        for (std::uint8_t s : scores.scores[d])
            count[s] += 1.0;
        double sum = 0.0;
        for (int s = 1; s <= 5; ++s)
            sum += s * count[static_cast<std::size_t>(s)];
        const double mean = sum / static_cast<double>(n);
        double squares = 0.0;
        for (int s = 1; s <= 5; ++s)
            squares += count[static_cast<std::size_t>(s)] * (s - mean) * (s - mean);
        const double deviation = std::sqrt(squares / static_cast<double>(n));
        result.mean[d] = mean;
        result.standardDeviation[d] = deviation > 0.0 ? deviation : 1.0;
    }
    return result;
}

ScoreVectorTable scoreVectorTable(const RfmsScores& scores, const Standardisation& standard) {
    ScoreVectorTable table;
    const auto n = scores.scores[0].size();
    table.customerCode.resize(n);
    std::array<double, kScoreVectorCodes> count{};
    for (std::size_t i = 0; i < n; ++i) {
        const int code = scoreVectorCode(scores.scoresOf(i));
        table.customerCode[i] = code;
        count[static_cast<std::size_t>(code)] += 1.0;
    }
    Eigen::Index rows = 0;
    for (int code = 0; code < kScoreVectorCodes; ++code)
        table.rowOfCode[static_cast<std::size_t>(code)] =
            count[static_cast<std::size_t>(code)] > 0.0 ? static_cast<std::int32_t>(rows++) : -1;

    table.standardisedPoints.resize(rows, kRfmsDimensionCount);
    table.customerCounts.resize(rows);
    for (int code = 0; code < kScoreVectorCodes; ++code) {
        const std::int32_t row = table.rowOfCode[static_cast<std::size_t>(code)];
        if (row < 0)
            continue;
        const int digits[kRfmsDimensionCount] = {code / 125 + 1, code / 25 % 5 + 1,
                                                 code / 5 % 5 + 1, code % 5 + 1};
        for (int d = 0; d < kRfmsDimensionCount; ++d)
            table.standardisedPoints(row, d) = standard.standardise(d, digits[d]);
        table.customerCounts[row] = count[static_cast<std::size_t>(code)];
    }
    return table;
}

} // namespace tessera::scoring
