#pragma once

// A tier from its stored name (customer_scores.tier), for rules that compare
// or rank tiers read from the database.

#include "scoring/Tier.h"

#include <algorithm>
#include <cctype>
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

// The same for a name typed by a user: "gold" is Gold.
inline std::optional<scoring::Tier> tierByNameIgnoringCase(std::string_view name) {
    for (scoring::Tier tier : scoring::kAllTiers) {
        const std::string_view known = scoring::tierName(tier);
        if (known.size() == name.size() &&
            std::equal(known.begin(), known.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            }))
            return tier;
    }
    return std::nullopt;
}

} // namespace tessera::domain
