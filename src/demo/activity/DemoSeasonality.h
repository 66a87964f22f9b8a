#pragma once

// When customers buy: a weight per calendar day, higher in the fourth quarter
// (with the 11 November shopping festival and December) and in the weeks before
// Chinese New Year, lower during the Spring Festival holiday and in summer.

#include "demo/SeededRandom.h"

#include <cstdint>
#include <vector>

namespace tessera::domain {

class DemoSeasonality {
public:
    // Weights for the days firstDay..lastDay (days since 1970-01-01).
    DemoSeasonality(std::int32_t firstDay, std::int32_t lastDay);

    double weight(std::int32_t day) const;
    // A day in [from, to] (inside the range given at construction), drawn in
    // proportion to its weight.
    std::int32_t drawDay(SeededRandom& random, std::int32_t from, std::int32_t to) const;

private:
    std::int32_t m_firstDay;
    std::vector<double> m_weights;
    double m_maximum = 1;
};

} // namespace tessera::domain
