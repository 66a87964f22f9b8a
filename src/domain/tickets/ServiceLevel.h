#pragma once

// The service levels of a ticket (product.md capability 5; docs/scoring.md,
// "Service levels"), evaluated at an instant:
// - the first response is due `firstResponseHours` after opening (24 h);
// - the resolution is due `resolutionHours` after opening (72 h);
// - the escalation level (immediate, 24 h, 72 h) is how long the ticket may
//   wait without a response before it escalates to its owner's supervisor;
//   a ticket whose resolution is late escalates too.
// A response or resolution recorded after the instant has not happened yet.

#include "scoring/ScoringParameters.h"
#include "storage/activity/ActivityRecords.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace tessera::domain {

struct ServiceLevelStatus {
    std::int64_t firstResponseDue = 0; // ms
    std::int64_t resolutionDue = 0;    // ms
    std::int64_t escalationAt = 0;     // ms: when the level's time runs out
    bool responded = false;            // by the instant
    bool resolved = false;             // by the instant
    bool firstResponseLate = false;
    bool resolutionLate = false;
    bool escalated = false;
    // Not late yet, but due within `nearHours` of the instant (My Day).
    bool nearTarget = false;
};

class ServiceLevel {
public:
    static constexpr std::int64_t kHourMs = 3600LL * 1000;

    // Hours of an escalation level: immediate 0, 24h 24, 72h 72; nullopt for
    // anything else.
    static std::optional<int> levelHours(std::string_view level);

    static ServiceLevelStatus evaluate(const storage::TicketRecord& ticket,
                                       const scoring::WarningThresholds& thresholds,
                                       std::int64_t atMs, int nearHours = 4);
};

} // namespace tessera::domain
