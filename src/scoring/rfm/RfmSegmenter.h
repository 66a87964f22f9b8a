#pragma once

// Names each customer's RFM segment from the R score and the mean of the F and
// M scores, through the profile's RfmSegmentTable (first matching rule wins).
// The table is resolved once into a 5 x 9 grid, so a lookup is one index.

#include "common/Result.h"
#include "scoring/rfm/RfmSegmentTable.h"
#include "scoring/rfm/RfmsComposer.h"

#include <array>
#include <vector>

namespace tessera::scoring {

class RfmSegmenter {
public:
    // Fails when a rule is out of range or a reachable cell has no rule.
    static Result<RfmSegmenter> create(const RfmSegmentTable& table);

    RfmSegment segmentOf(int recencyScore, int frequencyScore, int monetaryScore) const {
        return m_grid[cell(recencyScore, frequencyScore + monetaryScore)];
    }

    std::vector<RfmSegment> segment(const RfmsScores& scores) const;

private:
    RfmSegmenter() = default;
    // R 1..5 by (F + M) 2..10, i.e. F/M mean 1.0..5.0 in half steps.
    static std::size_t cell(int recencyScore, int frequencyPlusMonetary) {
        return static_cast<std::size_t>((recencyScore - 1) * 9 + (frequencyPlusMonetary - 2));
    }

    std::array<RfmSegment, 45> m_grid{};
};

} // namespace tessera::scoring
