#pragma once

// Keeps every customer's standing (lifecycle stage, loyalty-ladder stage,
// health score) up to date: all customers after each scoring run, one
// customer after each new activity of theirs, both as of today in the
// database's calendar. A stage or score set by hand (with a reason, until a
// day) wins over the computed one while it lasts.

#include "common/Result.h"
#include "domain/scoring/StandingRules.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/standing/StandingRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

// What a refresh of every customer after a new scoring run needs besides the
// facts: read on the caller's connection before the run is written.
struct StandingPlan {
    scoring::ScoringParameters parameters;
    storage::StandingWindow window; // the run before the new one as the previous run
    std::vector<storage::StandingOverride> overrides;
};

// A new run's values, by customer in id order.
struct NewRunValues {
    const std::vector<std::int64_t>& customerIds;
    const std::vector<std::optional<double>>& pAlive;
    const std::vector<std::optional<double>>& rfms;
};

struct StandingChange {
    std::int64_t customerId = 0;
    Standing standing;
    bool lifecycleChanged = true;
};

class StandingService {
    Q_DECLARE_TR_FUNCTIONS(StandingService)

public:
    explicit StandingService(Workspace& workspace) : m_ws(workspace) {}

    // Runs inside the caller's transaction; the caller has checked its own
    // permission on the customer (this only recomputes what follows from it).
    Status refresh(std::int64_t customerId);
    // Every customer; returns how many changed.
    Result<std::int64_t> refreshAll(const JobControl& job = {});
    // The same as refreshAll after a scoring run, in three steps, so that the
    // reading of the facts (on a second connection, any thread) overlaps the
    // writing of the run's scores: the plan before the run is written, the
    // changes from the facts and the run's own values, and their writing
    // inside the caller's transaction.
    Result<StandingPlan> planNewRun();
    static Result<std::vector<StandingChange>>
    changesAfterRun(storage::Database& readDb, const StandingPlan& plan, const NewRunValues& run);
    Result<std::int64_t> write(const std::vector<StandingChange>& changes, std::int32_t day,
                               const JobControl& job = {});

    // `aspect` is lifecycle, loyalty or health; `value` a stage key or 0-100.
    Status setOverride(std::int64_t customerId, const std::string& aspect, const std::string& value,
                       const std::string& reason, std::int32_t untilDay);
    Status clearOverride(std::int64_t customerId, const std::string& aspect);

private:
    Result<storage::StandingWindow> window(const scoring::ScoringParameters& parameters,
                                           bool beforeNewRun);
    // Computes and writes the standing of one customer or all (nullopt).
    Result<std::int64_t> recompute(std::optional<std::int64_t> customerId, const JobControl& job);

    Workspace& m_ws;
};

} // namespace tessera::domain
