#include "storage/activity/ActivityScan.h"

namespace tessera::storage {
namespace {

Result<Statement> prepareWindow(Database& db, const char* sql, std::int32_t firstDay,
                                std::int32_t lastDay) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, firstDay).bind(2, lastDay);
    return stmt;
}

} // namespace

Result<std::vector<std::int64_t>> activeCustomerIds(Database& db) {
    auto stmt = db.prepare("SELECT id FROM customers WHERE archived = 0 ORDER BY id");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Statement& s) { return s.int64(0); });
}

Status
scanTransactions(Database& db, std::int32_t lastDay,
                 const std::function<void(std::int64_t, std::int32_t, std::int64_t)>& visit) {
    auto stmt = db.prepare("SELECT customer_id, day, amount_cents FROM transactions "
                           "WHERE day <= ? ORDER BY customer_id, day");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, lastDay);
    return stmt->forEachRow([&](const Statement& s) { visit(s.int64(0), s.int32(1), s.int64(2)); });
}

Status
scanInteractions(Database& db, std::int32_t firstDay, std::int32_t lastDay,
                 const std::function<void(std::int64_t, std::int32_t, std::string_view)>& visit) {
    auto stmt = prepareWindow(db,
                              "SELECT customer_id, day, kind FROM interactions "
                              "WHERE day >= ? AND day <= ?",
                              firstDay, lastDay);
    if (!stmt)
        return stmt.error();
    return stmt->forEachRow(
        [&](const Statement& s) { visit(s.int64(0), s.int32(1), s.textView(2)); });
}

Status scanSurveyAnswers(Database& db, std::int32_t firstDay, std::int32_t lastDay,
                         const std::function<void(std::int64_t, std::int32_t, int, int)>& visit) {
    auto stmt =
        prepareWindow(db,
                      "SELECT r.customer_id, r.day, a.dimension, a.value "
                      "FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id "
                      "WHERE r.day >= ? AND r.day <= ?",
                      firstDay, lastDay);
    if (!stmt)
        return stmt.error();
    return stmt->forEachRow(
        [&](const Statement& s) { visit(s.int64(0), s.int32(1), s.int32(2), s.int32(3)); });
}

Status scanRecommendAnswers(Database& db, std::int32_t firstDay, std::int32_t lastDay,
                            const std::function<void(std::int64_t, std::int32_t, int)>& visit) {
    auto stmt = prepareWindow(db,
                              "SELECT customer_id, day, nps FROM survey_responses "
                              "WHERE nps IS NOT NULL AND day >= ? AND day <= ?",
                              firstDay, lastDay);
    if (!stmt)
        return stmt.error();
    return stmt->forEachRow([&](const Statement& s) { visit(s.int64(0), s.int32(1), s.int32(2)); });
}

} // namespace tessera::storage
