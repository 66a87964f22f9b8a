#include "storage/activity/FollowUpRepository.h"

namespace tessera::storage {

Result<std::int64_t> FollowUpRepository::insert(const FollowUpRecord& followUp) {
    auto stmt = m_db.prepare("INSERT INTO follow_ups (customer_id, owner_id, due_day, done_at, "
                             "note) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, followUp.customerId)
        .bind(2, followUp.ownerId)
        .bind(3, static_cast<std::int64_t>(followUp.dueDay))
        .bind(4, followUp.doneAt)
        .bind(5, followUp.note);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Status FollowUpRepository::markDone(std::int64_t id, std::int64_t doneAt) {
    auto stmt = m_db.prepare("UPDATE follow_ups SET done_at = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, doneAt);
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, "No follow-up " + std::to_string(id) + ".");
    return {};
}

} // namespace tessera::storage
