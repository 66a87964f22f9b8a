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

class StandingService {
    Q_DECLARE_TR_FUNCTIONS(StandingService)

public:
    explicit StandingService(Workspace& workspace) : m_ws(workspace) {}

    // Runs inside the caller's transaction; the caller has checked its own
    // permission on the customer (this only recomputes what follows from it).
    Status refresh(std::int64_t customerId);
    // Every customer; returns how many changed.
    Result<std::int64_t> refreshAll(const JobControl& job = {});

    // `aspect` is lifecycle, loyalty or health; `value` a stage key or 0-100.
    Status setOverride(std::int64_t customerId, const std::string& aspect, const std::string& value,
                       const std::string& reason, std::int32_t untilDay);
    Status clearOverride(std::int64_t customerId, const std::string& aspect);

private:
    Result<storage::StandingWindow> window(const scoring::ScoringParameters& parameters);
    // Computes and writes the standing of one customer or all (nullopt).
    Result<std::int64_t> recompute(std::optional<std::int64_t> customerId, const JobControl& job);

    Workspace& m_ws;
};

} // namespace tessera::domain
