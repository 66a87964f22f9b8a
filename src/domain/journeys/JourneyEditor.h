#pragma once

// Editing the journey: add, rename, reorder, retire and restore stages and
// touchpoints (supervisors and administrators; every change audited).
// Retiring keeps a stage or touchpoint in the database, so the records and
// snapshots that name it stay readable; it only leaves the map and the lists
// new records choose from.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "storage/journeys/JourneyRepository.h"

#include <QCoreApplication>

namespace tessera::domain {

struct JourneyLayout {
    std::vector<storage::JourneyStageRecord> stages;    // by position
    std::vector<storage::TouchpointRecord> touchpoints; // by stage, then position
};

class JourneyEditor {
    Q_DECLARE_TR_FUNCTIONS(JourneyEditor)

public:
    explicit JourneyEditor(Workspace& workspace) : m_ws(workspace) {}

    // Every stage and touchpoint, retired ones included (everyone may read).
    Result<JourneyLayout> layout();

    // `position` 1-based; nullopt or past the end: last.
    Result<std::int64_t> addStage(const std::string& name, std::optional<int> position = {});
    Status renameStage(const std::string& stage, const std::string& newName);
    Status moveStage(const std::string& stage, int position);
    Status retireStage(const std::string& stage);
    Status restoreStage(const std::string& stage);

    Result<std::int64_t> addTouchpoint(const std::string& stage, const std::string& name,
                                       const std::string& channel = {});
    Status renameTouchpoint(const std::string& stage, const std::string& touchpoint,
                            const std::string& newName);
    // Within its stage, or to another stage when `toStage` is given (last there).
    Status moveTouchpoint(const std::string& stage, const std::string& touchpoint,
                          std::optional<int> position, const std::string& toStage = {});
    Status retireTouchpoint(const std::string& stage, const std::string& touchpoint);
    Status restoreTouchpoint(const std::string& stage, const std::string& touchpoint);

private:
    Status checkName(const std::string& name) const;
    Result<storage::JourneyStageRecord> stageNamed(const std::string& name);
    Result<storage::TouchpointRecord> touchpointNamed(const std::string& stage,
                                                      const std::string& name);
    Status audited(const std::string& action, const std::string& objectType, std::int64_t id,
                   const std::string& detail);

    Workspace& m_ws;
};

} // namespace tessera::domain
