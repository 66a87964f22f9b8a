#include "storage/activity/FollowUpRepository.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {
Result<std::int64_t> FollowUpRepository::insert(const FollowUpRecord& followUp) {
    auto stmt = m_db.prepare("INSERT INTO follow_ups (customer_id, owner_id, due_day, done_at, "
                             "note, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, followUp.customerId)
        .bind(2, followUp.ownerId)
        .bind(3, static_cast<std::int64_t>(followUp.dueDay))
        .bind(4, followUp.doneAt)
        .bind(5, followUp.note)
        .bind(6, followUp.createdAt)
        .bind(7, followUp.createdBy);
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

Status FollowUpRepository::reschedule(std::int64_t id, std::int32_t dueDay) {
    auto stmt = m_db.prepare("UPDATE follow_ups SET due_day = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, static_cast<std::int64_t>(dueDay));
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, "No follow-up " + std::to_string(id) + ".");
    return {};
}

Result<std::vector<FollowUpRow>> FollowUpRepository::read(const std::string& condition) {
    auto stmt = m_db.prepare(
        "SELECT f.id, f.customer_id, f.owner_id, f.due_day, f.done_at, f.note, f.created_at, "
        "f.created_by, c.code, c.name, c.kind, c.owner_id, coalesce(u.username, ''), "
        "coalesce(u.display_name, '') "
        "FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
        "LEFT JOIN users u ON u.id = f.owner_id " +
        condition);
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) {
        FollowUpRow row;
        FollowUpRecord& r = row.record;
        r.id = s.int64(0);
        r.customerId = s.int64(1);
        r.ownerId = s.optionalInt64(2);
        r.dueDay = s.int32(3);
        r.doneAt = s.optionalInt64(4);
        r.note = s.text(5);
        r.createdAt = s.optionalInt64(6);
        r.createdBy = s.optionalInt64(7);
        row.customerCode = s.text(8);
        row.customerName = s.text(9);
        row.customerKind = s.text(10);
        row.customerOwnerId = s.optionalInt64(11);
        row.assignee = s.text(12);
        row.assigneeDisplayName = s.text(13);
        return row;
    });
}

Result<std::optional<FollowUpRow>> FollowUpRepository::find(std::int64_t id) {
    auto rows = read("WHERE f.id = " + std::to_string(id));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<FollowUpRow>{};
    return std::optional<FollowUpRow>(std::move(rows->front()));
}

Result<std::vector<FollowUpRow>> FollowUpRepository::list(const FollowUpQuery& q) {
    // Ids and days are integers from the caller, so they go into the text directly.
    std::string condition = "WHERE c.archived = 0";
    if (q.owners) {
        const std::string ids = idList(*q.owners);
        condition += " AND (f.owner_id IN (" + ids + ") OR c.owner_id IN (" + ids + "))";
    }
    if (q.customerId)
        condition += " AND f.customer_id = " + std::to_string(*q.customerId);
    if (q.openOnly)
        condition += " AND f.done_at IS NULL";
    if (q.dueBy)
        condition += " AND f.due_day <= " + std::to_string(*q.dueBy);
    return read(condition + " ORDER BY f.due_day, f.id LIMIT " + std::to_string(q.limit));
}

} // namespace tessera::storage
