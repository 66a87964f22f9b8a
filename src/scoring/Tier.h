#pragma once

// The five value tiers, best first. The numeric value is the rank, so tiers
// compare naturally (Diamond < Bronze means "Diamond is better").

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tessera::scoring {

enum class Tier : std::uint8_t { Diamond = 0, Platinum = 1, Gold = 2, Silver = 3, Bronze = 4 };

inline constexpr int kTierCount = 5;

inline constexpr std::array<Tier, kTierCount> kAllTiers = {Tier::Diamond, Tier::Platinum,
                                                           Tier::Gold, Tier::Silver, Tier::Bronze};

// Stable English identifier (also used as the storage key); the UI translates it.
inline constexpr std::string_view tierName(Tier tier) {
    constexpr std::array<std::string_view, kTierCount> names = {"Diamond", "Platinum", "Gold",
                                                                "Silver", "Bronze"};
    return names[static_cast<std::size_t>(tier)];
}

// The tier a stored name stands for; nullopt for a name that is none of them.
inline constexpr std::optional<Tier> tierFromName(std::string_view name) {
    for (Tier tier : kAllTiers)
        if (tierName(tier) == name)
            return tier;
    return std::nullopt;
}

} // namespace tessera::scoring
