#pragma once

// The kinds of warning the warnings list shows (scoring.md section 5, plus
// overdue follow-ups, late tickets and low health), with their stable keys
// for the CLI and JSON.

#include <QString>
#include <array>
#include <optional>
#include <string_view>

namespace tessera::domain {

enum class WarningKind {
    Churn,
    OverContact,
    Cadence,
    ValueFlow,
    FollowUp,
    FirstResponseLate,
    ResolutionLate,
    HealthLow,
};

inline constexpr std::array<WarningKind, 8> kAllWarningKinds = {
    WarningKind::Churn,          WarningKind::OverContact, WarningKind::Cadence,
    WarningKind::ValueFlow,      WarningKind::FollowUp,    WarningKind::FirstResponseLate,
    WarningKind::ResolutionLate, WarningKind::HealthLow};

// "churn", "over-contact", "cadence", "value-flow", "follow-up",
// "first-response-late", "resolution-late", "health".
const char* warningKindKey(WarningKind kind);
std::optional<WarningKind> warningKindFromKey(std::string_view key);
// The translated name shown to users.
QString warningKindLabel(WarningKind kind);

} // namespace tessera::domain
