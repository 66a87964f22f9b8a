#include "storage/activity/ActivityRepository.h"

namespace tessera::storage {
namespace {

std::optional<Bytes> optionalBlob(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.blob(column);
}

std::optional<int> optionalInt(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.int32(column);
}

// Runs a per-customer query and reads each row; `read` may fail (decryption).
template <typename Record, typename Read>
Result<std::vector<Record>> readCustomerRows(Database& db, const std::string& sql,
                                             std::int64_t customerId, int limit, Read read) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId).bind(2, limit);
    std::vector<Record> out;
    Status failed;
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        Result<Record> record = read(s);
        if (record)
            out.push_back(std::move(*record));
        else if (failed)
            failed = record.error();
    }));
    if (!failed)
        return failed.error();
    return out;
}

} // namespace

Result<std::vector<TransactionRecord>> ActivityRepository::transactionsOf(std::int64_t customerId,
                                                                          int limit) {
    return readCustomerRows<TransactionRecord>(
        m_db,
        "SELECT id, customer_id, day, amount_cents, quantity, reference, import_id "
        "FROM transactions WHERE customer_id = ? ORDER BY day DESC, id DESC LIMIT ?",
        customerId, limit, [](const Statement& s) -> Result<TransactionRecord> {
            TransactionRecord t;
            t.id = s.int64(0);
            t.customerId = s.int64(1);
            t.day = s.int32(2);
            t.amountCents = s.int64(3);
            t.quantity = s.int64(4);
            t.reference = s.optionalText(5);
            t.importId = s.optionalInt64(6);
            return t;
        });
}

Result<std::vector<InteractionRecord>> ActivityRepository::interactionsOf(std::int64_t customerId,
                                                                          int limit) {
    return readCustomerRows<InteractionRecord>(
        m_db,
        // A role that may not read a personal column (an analyst's, on a
        // server) reads NULL in its place.
        "SELECT id, customer_id, at, day, channel, kind, direction, outcome, touchpoint_id, "
        "user_id, " +
            m_db.readableColumn("interactions", "notes") +
            ", import_id FROM interactions WHERE customer_id = ? "
            "ORDER BY day DESC, at DESC LIMIT ?",
        customerId, limit, [this](const Statement& s) -> Result<InteractionRecord> {
            InteractionRecord r;
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
            auto notes = m_cipher.decryptOptional(optionalBlob(s, 10), "interactions.notes");
            if (!notes)
                return notes.error();
            r.notes = std::move(*notes);
            r.importId = s.optionalInt64(11);
            return r;
        });
}

Result<std::vector<SurveyResponseRecord>> ActivityRepository::surveysOf(std::int64_t customerId,
                                                                        int limit) {
    auto responses = readCustomerRows<SurveyResponseRecord>(
        m_db,
        "SELECT id, customer_id, day, nps, csat, ces, touchpoint_id, " +
            m_db.readableColumn("survey_responses", "comment") +
            ", import_id "
            "FROM survey_responses WHERE customer_id = ? ORDER BY day DESC, id DESC LIMIT ?",
        customerId, limit, [this](const Statement& s) -> Result<SurveyResponseRecord> {
            SurveyResponseRecord r;
            r.id = s.int64(0);
            r.customerId = s.int64(1);
            r.day = s.int32(2);
            r.nps = optionalInt(s, 3);
            r.csat = optionalInt(s, 4);
            r.ces = optionalInt(s, 5);
            r.touchpointId = s.optionalInt64(6);
            auto comment = m_cipher.decryptOptional(optionalBlob(s, 7), "survey_responses.comment");
            if (!comment)
                return comment.error();
            r.comment = std::move(*comment);
            r.importId = s.optionalInt64(8);
            return r;
        });
    if (!responses)
        return responses.error();
    auto answers = m_db.prepare("SELECT dimension, item, value FROM survey_answers "
                                "WHERE response_id = ? ORDER BY dimension, item");
    if (!answers)
        return answers.error();
    for (SurveyResponseRecord& response : *responses) {
        answers->reset();
        answers->bind(1, response.id);
        auto rows = answers->collect([](const Statement& s) {
            return SurveyAnswer{s.int32(0), s.int32(1), s.int32(2)};
        });
        if (!rows)
            return rows.error();
        response.answers = std::move(*rows);
    }
    return responses;
}

Result<std::vector<TicketRecord>> ActivityRepository::ticketsOf(std::int64_t customerId,
                                                                int limit) {
    return readCustomerRows<TicketRecord>(
        m_db,
        "SELECT id, customer_id, opened_at, category, is_complaint, escalation, status, "
        "assignee_id, subject, " +
            m_db.readableColumn("tickets", "description") +
            ", touchpoint_id, first_response_at, resolved_at, "
            "closed_at FROM tickets WHERE customer_id = ? ORDER BY opened_at DESC LIMIT ?",
        customerId, limit, [this](const Statement& s) -> Result<TicketRecord> {
            TicketRecord t;
            t.id = s.int64(0);
            t.customerId = s.int64(1);
            t.openedAt = s.int64(2);
            t.category = s.text(3);
            t.isComplaint = s.int64(4) != 0;
            t.escalation = s.text(5);
            t.status = s.text(6);
            t.assigneeId = s.optionalInt64(7);
            t.subject = s.text(8);
            auto description = m_cipher.decryptOptional(optionalBlob(s, 9), "tickets.description");
            if (!description)
                return description.error();
            t.description = std::move(*description);
            t.touchpointId = s.optionalInt64(10);
            t.firstResponseAt = s.optionalInt64(11);
            t.resolvedAt = s.optionalInt64(12);
            t.closedAt = s.optionalInt64(13);
            return t;
        });
}

Result<std::int64_t> ActivityRepository::transactionCount(std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT count(*) FROM transactions WHERE customer_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    auto row = stmt->first([](const Statement& s) { return s.int64(0); });
    if (!row)
        return row.error();
    return row->value_or(0);
}

} // namespace tessera::storage
