#pragma once

// Reads the population to score from the database into the engine's
// columns: every customer that is not archived, given a dense index in id
// order, with their transactions up to the as-of day and their interactions
// and survey answers inside the window.

#include "common/Result.h"
#include "scoring/ScoringInputs.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <vector>

namespace tessera::domain {

struct Population {
    std::vector<std::int64_t> customerIds; // dense index -> customer id
    scoring::PopulationInput input;
};

// The engine's code for a stored interaction kind (see scoring/InteractionKind.h).
std::uint8_t interactionKindCode(std::string_view kind);

Result<Population> loadPopulation(storage::Database& db, std::int32_t asOfDay,
                                  const scoring::WindowSettings& window);

// Only the customers and their transactions up to `lastDay` (lifetime value).
Result<Population> loadPurchases(storage::Database& db, std::int32_t lastDay);

} // namespace tessera::domain
