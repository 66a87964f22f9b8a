#include "storage/tickets/TicketSurveyRepository.h"

namespace tessera::storage {

Result<std::int64_t> TicketSurveyRepository::insert(const SurveyResponseRecord& r,
                                                    std::int64_t ticketId) {
    auto stmt = m_db.prepare("INSERT INTO survey_responses (customer_id, day, nps, csat, ces, "
                             "touchpoint_id, comment, ticket_id) VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.customerId).bind(2, r.day).bind(3, r.nps).bind(4, r.csat).bind(5, r.ces);
    stmt->bind(6, r.touchpointId);
    if (auto comment = m_cipher.encryptOptional(r.comment, "survey_responses.comment"))
        stmt->bindBlob(7, *comment);
    else
        stmt->bindNull(7);
    stmt->bind(8, ticketId);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

} // namespace tessera::storage
