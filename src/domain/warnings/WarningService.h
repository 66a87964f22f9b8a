#pragma once

// The warnings and follow-ups list (product.md capability 8): the open
// warnings of scoring.md section 5 and the overdue follow-ups, for the
// customers the signed-in user may see, as of a day, with every threshold
// from the current scoring profile.

#include "common/Result.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace tessera::domain {

struct WarningFilter {
    std::optional<std::int32_t> asOfDay;    // default: today in the database's calendar
    std::optional<std::int64_t> ownerId;    // only this account manager's customers
    std::optional<WarningKind> kind;        // only this kind
    std::optional<std::int64_t> limit;      // at most this many, after ordering
    std::optional<std::int64_t> customerId; // only this customer's (after a new activity)
    // Also the warnings users acknowledged, snoozed or resolved (with their state).
    bool includeHandled = false;
};

enum class WarningAction { Acknowledge, Snooze, Resolve };

class WarningService {
    Q_DECLARE_TR_FUNCTIONS(WarningService)

public:
    explicit WarningService(Workspace& workspace) : m_ws(workspace) {}

    // Ordered by kind, then the day each began (oldest first), then code.
    Result<std::vector<Warning>> list(const WarningFilter& filter, const JobControl& job = {});

    // Acknowledges, snoozes (until `untilDay`, after today) or resolves the
    // warning `id` (warningId()); it leaves the open list meanwhile. Refused
    // when no such warning is open today.
    Result<Warning> handle(const std::string& id, WarningAction action,
                           std::optional<std::int32_t> untilDay = {});

private:
    Result<storage::OwnerScope> ownerScope(const WarningFilter& filter);
    Status addScoringRuns(WarningInputs& inputs);
    Status applyStates(std::vector<Warning>& warnings, const WarningFilter& filter,
                       std::int32_t asOfDay);

    Workspace& m_ws;
};

} // namespace tessera::domain
