#pragma once

// Named RFM segments (scoring.md section 1), read from the R score and the
// mean of the F and M scores through RfmSegmentTable.

#include <array>
#include <cstdint>
#include <string_view>

namespace tessera::scoring {

enum class RfmSegment : std::uint8_t {
    Champions = 0,
    Loyal = 1,
    PotentialLoyalist = 2,
    New = 3,
    Promising = 4,
    NeedAttention = 5,
    AboutToSleep = 6,
    AtRisk = 7,
    CantLose = 8,
    Hibernating = 9,
    Lost = 10,
};

inline constexpr int kRfmSegmentCount = 11;

inline constexpr std::string_view rfmSegmentName(RfmSegment segment) {
    constexpr std::array<std::string_view, kRfmSegmentCount> names = {"Champions",
                                                                      "Loyal",
                                                                      "Potential loyalist",
                                                                      "New",
                                                                      "Promising",
                                                                      "Need attention",
                                                                      "About to sleep",
                                                                      "At risk",
                                                                      "Can't lose",
                                                                      "Hibernating",
                                                                      "Lost"};
    return names[static_cast<std::size_t>(segment)];
}

} // namespace tessera::scoring
