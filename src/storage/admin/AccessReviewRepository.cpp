#include "storage/admin/AccessReviewRepository.h"

namespace tessera::storage {

Status AccessReviewRepository::forEachEvent(const std::vector<std::string>& actions,
                                            std::int64_t fromMs, std::int64_t toMs,
                                            const std::function<void(const AccessEvent&)>& visit) {
    if (actions.empty())
        return {};
    std::string sql = "SELECT at, user_id, username, action, object_type, object_id, detail, "
                      "outcome FROM audit_log WHERE at >= ?1 AND at < ?2 AND action IN (";
    for (std::size_t i = 0; i < actions.size(); ++i)
        sql += (i ? ",?" : "?") + std::to_string(i + 3);
    sql += ") ORDER BY at, id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromMs).bind(2, toMs);
    for (std::size_t i = 0; i < actions.size(); ++i)
        stmt->bind(static_cast<int>(i + 3), actions[i]);
    return stmt->forEachRow([&](const Statement& s) {
        const AccessEvent event{s.int64(0),    s.optionalInt64(1), s.textView(2), s.textView(3),
                                s.textView(4), s.textView(5),      s.textView(6), s.textView(7)};
        visit(event);
    });
}

} // namespace tessera::storage
