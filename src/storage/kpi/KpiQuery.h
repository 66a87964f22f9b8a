#pragma once

// What a KPI query counts over: the customers in scope (the signed-in user's
// owners, optionally one tier) and how the counts are grouped. Every KPI
// query of KpiRepository returns one row per group, so a breakdown by owner
// costs one pass, not one query per owner.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

enum class KpiGrouping { Company, Tier, Owner, Team, Touchpoint };

struct KpiScope {
    // Customers of these owners only; nullopt: every customer.
    std::optional<std::vector<std::int64_t>> owners;
    // Only customers of this tier in `scoringRun`.
    std::optional<std::string> tier;
    // Only customers of this RFM segment (its key) in `scoringRun`.
    std::optional<std::string> segment;
    // The run whose tiers group, filter and give CLV; nullopt: none yet.
    std::optional<std::int64_t> scoringRun;
};

// A period as days (database days, inclusive) and as instants (ms, [start, end)).
struct KpiDays {
    std::int32_t firstDay = 0;
    std::int32_t lastDay = 0;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

} // namespace tessera::storage
