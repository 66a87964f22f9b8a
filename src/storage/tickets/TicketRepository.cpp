#include "storage/tickets/TicketRepository.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {
namespace {

constexpr const char* kRowColumns =
    "SELECT t.id, t.customer_id, t.opened_at, t.category, t.is_complaint, t.escalation, "
    "t.status, t.assignee_id, t.subject, t.description, t.touchpoint_id, t.first_response_at, "
    "t.resolved_at, t.closed_at, t.interaction_id, t.reopened_at, c.code, c.owner_id, "
    "coalesce(a.username, ''), o.id, coalesce(o.username, ''), s.id, coalesce(s.username, ''), "
    "c.name, c.kind, coalesce(o.display_name, '') "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN users a ON a.id = t.assignee_id "
    "LEFT JOIN users o ON o.id = coalesce(t.assignee_id, c.owner_id) "
    "LEFT JOIN users s ON s.id = o.supervisor_id ";

} // namespace

Result<std::int64_t> TicketRepository::insert(const TicketRecord& t,
                                              std::optional<std::int64_t> interactionId,
                                              std::optional<std::int64_t> createdBy,
                                              std::optional<std::int64_t> importId) {
    auto stmt = m_db.prepare(
        "INSERT INTO tickets (customer_id, opened_at, category, is_complaint, escalation, status, "
        "assignee_id, subject, description, touchpoint_id, first_response_at, resolved_at, "
        "closed_at, interaction_id, created_by, import_id) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, t.customerId).bind(2, t.openedAt).bind(3, t.category);
    stmt->bind(4, t.isComplaint ? 1 : 0).bind(5, t.escalation).bind(6, t.status);
    stmt->bind(7, t.assigneeId).bind(8, t.subject);
    if (auto description = m_cipher.encryptOptional(t.description, "tickets.description"))
        stmt->bindBlob(9, *description);
    else
        stmt->bindNull(9);
    stmt->bind(10, t.touchpointId).bind(11, t.firstResponseAt).bind(12, t.resolvedAt);
    stmt->bind(13, t.closedAt).bind(14, interactionId).bind(15, createdBy).bind(16, importId);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Status TicketRepository::updateProgress(const TicketRow& row) {
    const TicketRecord& t = row.record;
    auto stmt = m_db.prepare("UPDATE tickets SET status = ?2, assignee_id = ?3, "
                             "first_response_at = ?4, resolved_at = ?5, closed_at = ?6, "
                             "reopened_at = ?7 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, t.id).bind(2, t.status).bind(3, t.assigneeId).bind(4, t.firstResponseAt);
    stmt->bind(5, t.resolvedAt).bind(6, t.closedAt).bind(7, row.reopenedAt);
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, "No ticket " + std::to_string(t.id) + ".");
    return {};
}

Result<std::vector<TicketRow>> TicketRepository::read(const std::string& condition) {
    std::string sql = kRowColumns;
    // A role that may not read the description (an analyst's, on a server)
    // reads NULL in its place rather than being refused the whole list.
    if (!m_db.mayRead("tickets", "description"))
        sql.replace(sql.find("t.description"), std::string_view("t.description").size(), "NULL");
    auto stmt = m_db.prepare(sql + condition);
    if (!stmt)
        return stmt.error();
    std::vector<TicketRow> rows;
    Status failed;
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        TicketRow row;
        TicketRecord& t = row.record;
        t.id = s.int64(0);
        t.customerId = s.int64(1);
        t.openedAt = s.int64(2);
        t.category = s.text(3);
        t.isComplaint = s.int64(4) != 0;
        t.escalation = s.text(5);
        t.status = s.text(6);
        t.assigneeId = s.optionalInt64(7);
        t.subject = s.text(8);
        if (!s.isNull(9)) {
            auto description = m_cipher.decrypt(s.blob(9), "tickets.description");
            if (description)
                t.description = std::move(*description);
            else if (failed)
                failed = description.error();
        }
        t.touchpointId = s.optionalInt64(10);
        t.firstResponseAt = s.optionalInt64(11);
        t.resolvedAt = s.optionalInt64(12);
        t.closedAt = s.optionalInt64(13);
        row.interactionId = s.optionalInt64(14);
        row.reopenedAt = s.optionalInt64(15);
        row.customerCode = s.text(16);
        row.customerOwnerId = s.optionalInt64(17);
        row.assignee = s.text(18);
        row.ownerId = s.optionalInt64(19);
        row.owner = s.text(20);
        row.supervisorId = s.optionalInt64(21);
        row.supervisor = s.text(22);
        row.customerName = s.text(23);
        row.customerKind = s.text(24);
        row.ownerName = s.text(25);
        rows.push_back(std::move(row));
    }));
    if (!failed)
        return failed.error();
    return rows;
}

Result<std::optional<TicketRow>> TicketRepository::find(std::int64_t id) {
    auto rows = read("WHERE t.id = " + std::to_string(id));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<TicketRow>{};
    return std::optional<TicketRow>(std::move(rows->front()));
}

Result<std::vector<TicketRow>> TicketRepository::list(const TicketQuery& query) {
    // Ids and instants are integers from the caller, so they go into the text directly.
    std::string condition = "WHERE c.archived = 0";
    if (query.customerId)
        condition += " AND t.customer_id = " + std::to_string(*query.customerId);
    if (query.owners)
        condition += " AND c.owner_id IN (" + idList(*query.owners) + ")";
    if (query.unresolvedOnly)
        condition += " AND (t.status = 'open' OR t.status = 'assigned')";
    if (query.openedBefore)
        condition += " AND t.opened_at <= " + std::to_string(*query.openedBefore);
    return read(condition + " ORDER BY t.opened_at, t.id LIMIT " + std::to_string(query.limit));
}

} // namespace tessera::storage
