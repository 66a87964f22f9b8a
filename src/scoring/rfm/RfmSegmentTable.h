#pragma once

// The table that names a customer's RFM segment from the R score (1..5) and
// the mean of the F and M scores (1.0, 1.5, ..., 5.0). It is part of the
// scoring profile, so it is plain data: a list of rules, first match wins.

#include "scoring/rfm/RfmSegment.h"

#include <string>
#include <vector>

namespace tessera::scoring {

struct RfmSegmentRule {
    RfmSegment segment = RfmSegment::Lost;
    int minRecencyScore = 1;               // inclusive, 1..5
    int maxRecencyScore = 5;               // inclusive
    double minFrequencyMonetaryMean = 1.0; // inclusive, mean of the F and M scores
    double maxFrequencyMonetaryMean = 5.0; // inclusive

    bool matches(int recencyScore, double frequencyMonetaryMean) const {
        return recencyScore >= minRecencyScore && recencyScore <= maxRecencyScore &&
               frequencyMonetaryMean >= minFrequencyMonetaryMean &&
               frequencyMonetaryMean <= maxFrequencyMonetaryMean;
    }
};

struct RfmSegmentTable {
    std::vector<RfmSegmentRule> rules; // first matching rule wins

    // The default grid, in the spirit of the usual R x FM segment chart:
    //
    //   FM mean   R=1          R=2          R=3             R=4                 R=5
    //   4.5-5.0   Can't lose   Can't lose   Loyal           Loyal               Champions
    //   4.0       At risk      At risk      Loyal           Loyal               Champions
    //   3.0-3.5   At risk      At risk      Need attention  Potential loyalist  Potential loyalist
    //   2.0-2.5   Lost         Hibernating  About to sleep  Potential loyalist  Potential loyalist
    //   1.0-1.5   Lost         Hibernating  About to sleep  Promising           New
    static RfmSegmentTable standard();
};

// Messages for every (R score, FM mean) cell that no rule covers and for rules
// whose bounds are out of range; empty when the table is usable.
std::vector<std::string> checkRfmSegmentTable(const RfmSegmentTable& table);

} // namespace tessera::scoring
