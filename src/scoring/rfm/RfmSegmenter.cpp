#include "scoring/rfm/RfmSegmenter.h"

#include <algorithm>

namespace tessera::scoring {

Result<RfmSegmenter> RfmSegmenter::create(const RfmSegmentTable& table) {
    if (auto problems = checkRfmSegmentTable(table); !problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front());
    RfmSegmenter segmenter;
    for (int r = 1; r <= 5; ++r)
        for (int fm = 2; fm <= 10; ++fm) {
            const auto rule = std::find_if(
                table.rules.begin(), table.rules.end(),
                [&](const RfmSegmentRule& candidate) { return candidate.matches(r, fm / 2.0); });
            segmenter.m_grid[cell(r, fm)] = rule->segment; // the check guarantees a match
        }
    return segmenter;
}

std::vector<RfmSegment> RfmSegmenter::segment(const RfmsScores& scores) const {
    const auto& r = scores.scores[static_cast<std::size_t>(RfmsDimension::Recency)];
    const auto& f = scores.scores[static_cast<std::size_t>(RfmsDimension::Frequency)];
    const auto& m = scores.scores[static_cast<std::size_t>(RfmsDimension::Monetary)];
    std::vector<RfmSegment> segments(r.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        segments[i] = segmentOf(r[i], f[i], m[i]);
    return segments;
}

} // namespace tessera::scoring
