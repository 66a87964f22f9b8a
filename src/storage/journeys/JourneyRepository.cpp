#include "storage/journeys/JourneyRepository.h"

namespace tessera::storage {
namespace {

std::optional<std::int64_t> optionalInt64(const Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<std::int64_t>(s.int64(column));
}

} // namespace

Result<std::int64_t> JourneyRepository::insertStage(const JourneyStageRecord& stage) {
    auto stmt =
        m_db.prepare("INSERT INTO journey_stages (name, position, retired_at) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, stage.name).bind(2, stage.position).bind(3, stage.retiredAt);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::int64_t> JourneyRepository::insertTouchpoint(const TouchpointRecord& touchpoint) {
    // Position 0: after the stage's last touchpoint.
    auto stmt = m_db.prepare(
        "INSERT INTO touchpoints (stage_id, name, channel, position, retired_at) VALUES (?1, ?2, "
        "?3, CASE WHEN ?4 > 0 THEN ?4 ELSE (SELECT COALESCE(MAX(position), 0) + 1 FROM "
        "touchpoints WHERE stage_id = ?1) END, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, touchpoint.stageId)
        .bind(2, touchpoint.name)
        .bind(3, touchpoint.channel)
        .bind(4, touchpoint.position)
        .bind(5, touchpoint.retiredAt);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::vector<JourneyStageRecord>> JourneyRepository::stages() {
    auto stmt = m_db.prepare(
        "SELECT id, name, position, retired_at FROM journey_stages ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) {
        return JourneyStageRecord{s.int64(0), s.text(1), s.int32(2), optionalInt64(s, 3)};
    });
}

Result<std::vector<TouchpointRecord>> JourneyRepository::touchpoints() {
    auto stmt = m_db.prepare(
        "SELECT t.id, t.stage_id, t.name, t.channel, t.position, t.retired_at FROM touchpoints t "
        "JOIN journey_stages s ON s.id = t.stage_id ORDER BY s.position, s.id, t.position, t.id");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) {
        return TouchpointRecord{s.int64(0), s.int64(1), s.text(2),
                                s.text(3),  s.int32(4), optionalInt64(s, 5)};
    });
}

Status JourneyRepository::runWith(const char* sql, std::int64_t id,
                                  const std::optional<std::int64_t>& value) {
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, value).bind(2, id);
    return stmt->run();
}

Status JourneyRepository::renameStage(std::int64_t id, const std::string& name) {
    auto stmt = m_db.prepare("UPDATE journey_stages SET name = ?1 WHERE id = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name).bind(2, id);
    return stmt->run();
}

Status JourneyRepository::renameTouchpoint(std::int64_t id, const std::string& name) {
    auto stmt = m_db.prepare("UPDATE touchpoints SET name = ?1 WHERE id = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name).bind(2, id);
    return stmt->run();
}

Status JourneyRepository::reorderStages(const std::vector<std::int64_t>& ids) {
    int position = 1;
    for (std::int64_t id : ids)
        TESSERA_TRY(runWith("UPDATE journey_stages SET position = ?1 WHERE id = ?2", id,
                            std::optional<std::int64_t>(position++)));
    return {};
}

Status JourneyRepository::reorderTouchpoints(std::int64_t stageId,
                                             const std::vector<std::int64_t>& ids) {
    int position = 1;
    for (std::int64_t id : ids) {
        auto stmt =
            m_db.prepare("UPDATE touchpoints SET position = ?1 WHERE id = ?2 AND stage_id = ?3");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, position++).bind(2, id).bind(3, stageId);
        TESSERA_TRY(stmt->run());
    }
    return {};
}

Status JourneyRepository::moveTouchpointTo(std::int64_t id, std::int64_t stageId, int position) {
    auto stmt = m_db.prepare("UPDATE touchpoints SET stage_id = ?1, position = ?2 WHERE id = ?3");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, stageId).bind(2, position).bind(3, id);
    return stmt->run();
}

Status JourneyRepository::setStageRetired(std::int64_t id, std::optional<std::int64_t> retiredAt) {
    return runWith("UPDATE journey_stages SET retired_at = ?1 WHERE id = ?2", id, retiredAt);
}

Status JourneyRepository::setTouchpointRetired(std::int64_t id,
                                               std::optional<std::int64_t> retiredAt) {
    return runWith("UPDATE touchpoints SET retired_at = ?1 WHERE id = ?2", id, retiredAt);
}

} // namespace tessera::storage
