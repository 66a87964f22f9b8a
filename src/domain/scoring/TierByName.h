#pragma once

// A tier from its stored name (customer_scores.tier), for rules that compare
// or rank tiers read from the database.

#include "scoring/Tier.h"

#include <optional>
#include <string_view>

namespace tessera::domain {

// nullopt for a name that is not one of the five tiers.
inline std::optional<scoring::Tier> tierByName(std::string_view name) {
    for (scoring::Tier tier : scoring::kAllTiers)
        if (scoring::tierName(tier) == name)
            return tier;
    return std::nullopt;
}

} // namespace tessera::domain
