#pragma once

// A deterministic synthetic population for the benchmarks and the peer
// comparison: customers who buy on a BG/NBD-like schedule (gamma purchase
// rates, beta drop-out), log-normal (heavy-tailed) amounts in whole cents,
// some refunds and zero-value orders, interactions of every kind, and
// surveys for about 30% of the customers. Rows come sorted by customer, then
// day, as the domain layer delivers them. Same settings, same bits.

#include "scoring/ScoringInputs.h"

#include <cstdint>

namespace tessera::scoring::bench {

struct SyntheticSettings {
    std::int32_t customers = 1'000'000;
    std::uint64_t seed = 2024;
    bool surveys = true;             // false: no survey or recommend answers
    std::int32_t asOfDay = 20088;    // 2024-12-31
    std::int32_t historyDays = 1095; // customers arrive over the last three years
};

PopulationInput syntheticPopulation(const SyntheticSettings& settings);

} // namespace tessera::scoring::bench
