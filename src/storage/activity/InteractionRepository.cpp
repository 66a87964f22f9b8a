#include "storage/activity/InteractionRepository.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {
namespace {

constexpr const char* kRowColumns =
    "SELECT i.id, i.customer_id, i.at, i.day, i.channel, i.kind, i.direction, i.outcome, "
    "i.touchpoint_id, i.user_id, i.notes, i.import_id, c.code, c.owner_id, "
    "coalesce(u.username, ''), coalesce(t.name, '') FROM interactions i "
    "JOIN customers c ON c.id = i.customer_id LEFT JOIN users u ON u.id = i.user_id "
    "LEFT JOIN touchpoints t ON t.id = i.touchpoint_id ";

} // namespace

Status InteractionRepository::write(const std::string& sql, const InteractionRecord& r,
                                    std::optional<std::int64_t> updatedAt) {
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.id > 0 ? std::optional<std::int64_t>(r.id) : std::nullopt);
    stmt->bind(2, r.customerId).bind(3, r.at).bind(4, r.day);
    stmt->bind(5, r.channel).bind(6, r.kind).bind(7, r.direction).bind(8, r.outcome);
    stmt->bind(9, r.touchpointId).bind(10, r.userId);
    if (auto notes = m_cipher.encryptOptional(r.notes, "interactions.notes"))
        stmt->bindBlob(11, *notes);
    else
        stmt->bindNull(11);
    stmt->bind(12, r.importId).bind(13, updatedAt);
    return stmt->run();
}

Result<std::int64_t> InteractionRepository::insert(const InteractionRecord& interaction) {
    TESSERA_TRY(write("INSERT INTO interactions (id, customer_id, at, day, channel, kind, "
                      "direction, outcome, touchpoint_id, user_id, notes, import_id, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                      interaction, std::nullopt));
    return m_db.lastInsertRowId();
}

Status InteractionRepository::restore(const InteractionRecord& interaction) {
    auto id = insert(interaction);
    if (!id)
        return id.error();
    return {};
}

Status InteractionRepository::update(const InteractionRecord& interaction, std::int64_t updatedAt) {
    TESSERA_TRY(write("UPDATE interactions SET at = ?3, day = ?4, channel = ?5, kind = ?6, "
                      "direction = ?7, outcome = ?8, touchpoint_id = ?9, notes = ?11, "
                      "updated_at = ?13 WHERE id = ?1 AND customer_id = ?2",
                      interaction, updatedAt));
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound,
                         "No interaction " + std::to_string(interaction.id) + ".");
    return {};
}

Status InteractionRepository::remove(std::int64_t id) {
    auto stmt = m_db.prepare("DELETE FROM interactions WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, "No interaction " + std::to_string(id) + ".");
    return {};
}

Result<std::vector<InteractionRow>> InteractionRepository::read(const std::string& condition) {
    std::string sql = kRowColumns;
    // A role that may not read the note (an analyst's, on a server) reads
    // NULL in its place rather than being refused the whole list.
    if (!m_db.mayRead("interactions", "notes"))
        sql.replace(sql.find("i.notes"), std::string_view("i.notes").size(), "NULL");
    auto stmt = m_db.prepare(sql + condition);
    if (!stmt)
        return stmt.error();
    std::vector<InteractionRow> rows;
    Status failed;
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        InteractionRow row;
        InteractionRecord& r = row.record;
        r.id = s.int64(0);
        r.customerId = s.int64(1);
        r.at = s.int64(2);
        r.day = s.int32(3);
        r.channel = s.text(4);
        r.kind = s.text(5);
        r.direction = s.text(6);
        r.outcome = s.text(7);
        r.touchpointId = s.optionalInt64(8);
        r.userId = s.optionalInt64(9);
        if (!s.isNull(10)) {
            auto notes = m_cipher.decrypt(s.blob(10), "interactions.notes");
            if (notes)
                r.notes = std::move(*notes);
            else if (failed)
                failed = notes.error();
        }
        r.importId = s.optionalInt64(11);
        row.customerCode = s.text(12);
        row.customerOwnerId = s.optionalInt64(13);
        row.username = s.text(14);
        row.touchpoint = s.text(15);
        rows.push_back(std::move(row));
    }));
    if (!failed)
        return failed.error();
    return rows;
}

Result<std::vector<InteractionRow>> InteractionRepository::list(const InteractionQuery& query) {
    // Ids are integers from the caller, so they go into the text directly.
    std::string condition = "WHERE c.archived = 0";
    if (query.customerId)
        condition += " AND i.customer_id = " + std::to_string(*query.customerId);
    if (query.owners)
        condition += " AND c.owner_id IN (" + idList(*query.owners) + ")";
    return read(condition + " ORDER BY i.at DESC, i.id DESC LIMIT " + std::to_string(query.limit));
}

Result<std::optional<InteractionRow>> InteractionRepository::find(std::int64_t id) {
    auto rows = read("WHERE i.id = " + std::to_string(id));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<InteractionRow>{};
    return std::optional<InteractionRow>(std::move(rows->front()));
}

Result<std::int64_t> InteractionRepository::outboundCount(std::int64_t customerId,
                                                          std::int32_t firstDay,
                                                          std::int32_t lastDay,
                                                          std::int64_t exceptId) {
    auto stmt = m_db.prepare("SELECT count(*) FROM interactions WHERE customer_id = ?1 "
                             "AND day BETWEEN ?2 AND ?3 AND direction = 'outbound' AND id <> ?4");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId).bind(2, firstDay).bind(3, lastDay).bind(4, exceptId);
    auto n = stmt->first([](const Statement& s) { return s.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace tessera::storage
