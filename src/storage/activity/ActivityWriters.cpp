#include "storage/activity/ActivityWriters.h"

namespace tessera::storage {
namespace {

void bindOptionalBlob(Statement& stmt, int index, const std::optional<Bytes>& blob) {
    if (blob)
        stmt.bindBlob(index, *blob);
    else
        stmt.bindNull(index);
}

} // namespace

Result<TransactionWriter> makeTransactionWriter(Database& db) {
    return TransactionWriter::create(
        db, "transactions",
        {"customer_id", "day", "id", "amount_cents", "quantity", "reference", "import_id"},
        [](Statement& s, int i, const TransactionRecord& t) {
            s.bind(i, t.customerId).bind(i + 1, t.day).bind(i + 2, t.id);
            s.bind(i + 3, t.amountCents).bind(i + 4, t.quantity);
            s.bind(i + 5, t.reference).bind(i + 6, t.importId);
        });
}

Result<InteractionWriter> makeInteractionWriter(Database& db, const FieldCipher& cipher) {
    return InteractionWriter::create(
        db, "interactions",
        {"id", "customer_id", "at", "day", "channel", "kind", "direction", "outcome",
         "touchpoint_id", "user_id", "notes", "import_id"},
        [&cipher](Statement& s, int i, const InteractionRecord& r) {
            if (r.id > 0)
                s.bind(i, r.id);
            else
                s.bindNull(i);
            s.bind(i + 1, r.customerId).bind(i + 2, r.at).bind(i + 3, r.day);
            s.bind(i + 4, r.channel).bind(i + 5, r.kind).bind(i + 6, r.direction);
            s.bind(i + 7, r.outcome).bind(i + 8, r.touchpointId).bind(i + 9, r.userId);
            bindOptionalBlob(s, i + 10, cipher.encryptOptional(r.notes, "interactions.notes"));
            s.bind(i + 11, r.importId);
        });
}

Result<SurveyWriter> SurveyWriter::create(Database& db, const FieldCipher& cipher) {
    auto responses = BatchInserter<SurveyResponseRecord>::create(
        db, "survey_responses",
        {"id", "customer_id", "day", "nps", "csat", "ces", "touchpoint_id", "comment", "import_id"},
        [&cipher](Statement& s, int i, const SurveyResponseRecord& r) {
            s.bind(i, r.id).bind(i + 1, r.customerId).bind(i + 2, r.day);
            s.bind(i + 3, r.nps).bind(i + 4, r.csat).bind(i + 5, r.ces);
            s.bind(i + 6, r.touchpointId);
            bindOptionalBlob(s, i + 7,
                             cipher.encryptOptional(r.comment, "survey_responses.comment"));
            s.bind(i + 8, r.importId);
        });
    if (!responses)
        return responses.error();
    auto answers = BatchInserter<AnswerRow>::create(
        db, "survey_answers", {"response_id", "dimension", "item", "value"},
        [](Statement& s, int i, const AnswerRow& a) {
            s.bind(i, a.responseId).bind(i + 1, a.answer.dimension);
            s.bind(i + 2, a.answer.item).bind(i + 3, a.answer.value);
        });
    if (!answers)
        return answers.error();
    return SurveyWriter(std::move(*responses), std::move(*answers));
}

Status SurveyWriter::add(const SurveyResponseRecord& response) {
    TESSERA_TRY(m_responses.add(response));
    for (const SurveyAnswer& answer : response.answers)
        m_heldAnswers.push_back(AnswerRow{response.id, answer});
    if (m_responses.pendingRows() == 0) // the responses were just written
        return releaseAnswers();
    return {};
}

Status SurveyWriter::releaseAnswers() {
    for (const AnswerRow& row : m_heldAnswers)
        TESSERA_TRY(m_answers.add(row));
    m_heldAnswers.clear();
    return {};
}

Status SurveyWriter::flush() {
    // Responses first: answers refer to them.
    TESSERA_TRY(m_responses.flush());
    TESSERA_TRY(releaseAnswers());
    return m_answers.flush();
}

Result<TicketWriter> makeTicketWriter(Database& db, const FieldCipher& cipher) {
    return TicketWriter::create(
        db, "tickets",
        {"customer_id", "opened_at", "category", "is_complaint", "escalation", "status",
         "assignee_id", "subject", "description", "touchpoint_id", "first_response_at",
         "resolved_at", "closed_at"},
        [&cipher](Statement& s, int i, const TicketRecord& t) {
            s.bind(i, t.customerId).bind(i + 1, t.openedAt).bind(i + 2, t.category);
            s.bind(i + 3, t.isComplaint ? 1 : 0).bind(i + 4, t.escalation).bind(i + 5, t.status);
            s.bind(i + 6, t.assigneeId).bind(i + 7, t.subject);
            bindOptionalBlob(s, i + 8,
                             cipher.encryptOptional(t.description, "tickets.description"));
            s.bind(i + 9, t.touchpointId).bind(i + 10, t.firstResponseAt);
            s.bind(i + 11, t.resolvedAt).bind(i + 12, t.closedAt);
        });
}

Result<std::int64_t> insertImport(Database& db, const ImportRecord& r) {
    auto stmt = db.prepare(
        "INSERT INTO imports (kind, file_name, user_id, started_at, finished_at, rows_read, "
        "rows_loaded, rows_rejected, customers_created) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.kind).bind(2, r.fileName).bind(3, r.userId).bind(4, r.startedAt);
    stmt->bind(5, r.finishedAt).bind(6, r.rowsRead).bind(7, r.rowsLoaded);
    stmt->bind(8, r.rowsRejected).bind(9, r.customersCreated);
    TESSERA_TRY(stmt->run());
    return db.lastInsertRowId();
}

Result<std::int64_t> nextRowId(Database& db, const std::string& table) {
    if (db.isServer()) {
        auto claim = db.prepare("SELECT tessera_claim_ids(?)");
        if (!claim)
            return claim.error();
        claim->bind(1, table);
        auto first = claim->first([](const Statement& s) { return s.int64(0); });
        if (!first)
            return first.error();
        return first->value_or(1);
    }
    auto max = db.queryInt64("SELECT coalesce(max(id), 0) FROM " + table);
    if (!max)
        return max.error();
    return *max + 1;
}

Status continueRowIds(Database& db, const std::string& table) {
    if (!db.isServer())
        return {};
    auto next = db.prepare("SELECT tessera_continue_ids(?)");
    if (!next)
        return next.error();
    next->bind(1, table);
    return next->run();
}

} // namespace tessera::storage

namespace tessera::storage {
Status updateImport(Database& db, const ImportRecord& r) {
    auto stmt = db.prepare("UPDATE imports SET finished_at = ?, rows_read = ?, rows_loaded = ?, "
                           "rows_rejected = ?, customers_created = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.finishedAt).bind(2, r.rowsRead).bind(3, r.rowsLoaded);
    stmt->bind(4, r.rowsRejected).bind(5, r.customersCreated).bind(6, r.id);
    return stmt->run();
}
} // namespace tessera::storage
