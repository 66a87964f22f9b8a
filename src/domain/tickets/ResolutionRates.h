#pragma once

// Resolution rate against the goal (product.md capability 5: 95%): of the
// tickets opened in a period, the share resolved, and the share resolved
// within the resolution target, per owner (the assignee, else the customer's
// account manager) and per team (the owner's supervisor), for the tickets
// the signed-in user may see.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

struct ResolutionRate {
    std::string group; // the owner's user name, or the team's supervisor
    bool team = false; // a team's row (all its owners together)
    std::int64_t tickets = 0;
    std::int64_t resolved = 0;
    std::int64_t resolvedInTime = 0;
    double rate() const { return tickets ? static_cast<double>(resolved) / tickets : 0.0; }
    double inTimeRate() const {
        return tickets ? static_cast<double>(resolvedInTime) / tickets : 0.0;
    }
};

class ResolutionRates {
    Q_DECLARE_TR_FUNCTIONS(ResolutionRates)

public:
    static constexpr double kGoal = 0.95;

    // Tickets opened from `fromDay` to `toDay` (database days), evaluated now:
    // owners first (by name), then teams.
    static Result<std::vector<ResolutionRate>> of(Workspace& ws, std::int32_t fromDay,
                                                  std::int32_t toDay);
};

} // namespace tessera::domain
