#pragma once

// A journey map's figures kept under a name, and two snapshots side by side
// with what changed (product.md: quarterly snapshots can be compared).

#include "common/Result.h"
#include "domain/journeymaps/JourneyMap.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

namespace tessera::domain {

struct JourneySnapshotInfo {
    std::int64_t id = 0;
    std::string name;
    std::string period;
    std::string population;
    std::int64_t customers = 0;
    std::string createdBy;
    std::int64_t createdAt = 0;
};

// One touchpoint in two snapshots, matched by stage and touchpoint name;
// nullopt on a side that does not have it.
struct TouchpointComparison {
    std::string stage;
    std::string touchpoint;
    std::optional<TouchpointFigures> before;
    std::optional<TouchpointFigures> after;
};

struct JourneyComparison {
    JourneySnapshotInfo before;
    JourneySnapshotInfo after;
    std::vector<TouchpointComparison> touchpoints; // in the later snapshot's journey order
};

class JourneySnapshots {
    Q_DECLARE_TR_FUNCTIONS(JourneySnapshots)

public:
    explicit JourneySnapshots(Workspace& workspace) : m_ws(workspace) {}

    // Saves `map` under `name` (unique, 1..80 characters).
    Result<std::int64_t> save(const JourneyMap& map, const std::string& name);
    Result<std::vector<JourneySnapshotInfo>> list();
    // The saved figures as a map (stages, touchpoints and paths; no drop-offs).
    Result<JourneyMap> load(const std::string& name);
    Result<JourneyComparison> compare(const std::string& before, const std::string& after);
    Status remove(const std::string& name);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
