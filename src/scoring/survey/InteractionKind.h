#pragma once

// Interaction kind codes as the scoring engine receives them. The domain layer
// maps its kind names to these codes; the social weight of a kind is looked up
// by code in ScoringParameters::socialWeightByKind (codes past the end of that
// table weigh 0), so new kinds need no engine change.

#include <array>
#include <cstdint>
#include <string_view>

namespace tessera::scoring {

enum class InteractionKind : std::uint8_t {
    Other = 0,
    Referral = 1,
    Review = 2,
    Share = 3,
    Comment = 4,
    Call = 5,
    Meeting = 6,
    Email = 7,
    Complaint = 8,
};

inline constexpr int kInteractionKindCount = 9;

inline constexpr std::string_view interactionKindName(InteractionKind kind) {
    constexpr std::array<std::string_view, kInteractionKindCount> names = {
        "other", "referral", "review", "share", "comment", "call", "meeting", "email", "complaint"};
    const auto code = static_cast<std::size_t>(kind);
    return code < names.size() ? names[code] : std::string_view("other");
}

} // namespace tessera::scoring
