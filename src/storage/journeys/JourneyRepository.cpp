#include "storage/journeys/JourneyRepository.h"

namespace tessera::storage {

Result<std::int64_t> JourneyRepository::insertStage(const JourneyStageRecord& stage) {
    auto stmt = m_db.prepare("INSERT INTO journey_stages (name, position) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, stage.name).bind(2, stage.position);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::int64_t> JourneyRepository::insertTouchpoint(const TouchpointRecord& touchpoint) {
    auto stmt = m_db.prepare("INSERT INTO touchpoints (stage_id, name, channel) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, touchpoint.stageId).bind(2, touchpoint.name).bind(3, touchpoint.channel);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::vector<JourneyStageRecord>> JourneyRepository::stages() {
    auto stmt = m_db.prepare("SELECT id, name, position FROM journey_stages ORDER BY position");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) {
        return JourneyStageRecord{s.int64(0), s.text(1), s.int32(2)};
    });
}

Result<std::vector<TouchpointRecord>> JourneyRepository::touchpoints() {
    auto stmt =
        m_db.prepare("SELECT t.id, t.stage_id, t.name, t.channel FROM touchpoints t "
                     "JOIN journey_stages s ON s.id = t.stage_id ORDER BY s.position, t.id");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) {
        return TouchpointRecord{s.int64(0), s.int64(1), s.text(2), s.text(3)};
    });
}

} // namespace tessera::storage
