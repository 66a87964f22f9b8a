#include "storage/surveys/SurveyRepository.h"

namespace tessera::storage {

Result<std::int64_t> SurveyRepository::insert(const SurveyResponseRecord& r,
                                              const SurveyOrigin& origin) {
    auto stmt = m_db.prepare("INSERT INTO survey_responses (customer_id, day, nps, csat, ces,"
                             " touchpoint_id, comment, ticket_id, created_by, created_at)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.customerId).bind(2, r.day).bind(3, r.nps).bind(4, r.csat).bind(5, r.ces);
    stmt->bind(6, r.touchpointId);
    if (auto comment = m_cipher.encryptOptional(r.comment, "survey_responses.comment"))
        stmt->bindBlob(7, *comment);
    else
        stmt->bindNull(7);
    stmt->bind(8, origin.ticketId).bind(9, origin.createdBy).bind(10, origin.createdAt);
    TESSERA_TRY(stmt->run());
    const std::int64_t id = m_db.lastInsertRowId();
    auto answer = m_db.prepare(
        "INSERT INTO survey_answers (response_id, dimension, item, value) VALUES (?,?,?,?)");
    if (!answer)
        return answer.error();
    for (const SurveyAnswer& a : r.answers) {
        answer->reset();
        answer->bind(1, id).bind(2, a.dimension).bind(3, a.item).bind(4, a.value);
        TESSERA_TRY(answer->run());
    }
    return id;
}

} // namespace tessera::storage
