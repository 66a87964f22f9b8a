#include "storage/warnings/WarningStateRepository.h"

namespace tessera::storage {

Status WarningStateRepository::save(const WarningStateRecord& s) {
    auto stmt = m_db.prepare(
        "INSERT INTO warning_states (customer_id, kind, since_day, state, until_day, user_id, at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (customer_id, kind, since_day) DO UPDATE "
        "SET state = excluded.state, until_day = excluded.until_day, user_id = excluded.user_id, "
        "at = excluded.at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, s.customerId).bind(2, s.kind).bind(3, s.sinceDay).bind(4, s.state);
    stmt->bind(5, s.untilDay ? std::optional<std::int64_t>(*s.untilDay) : std::nullopt);
    stmt->bind(6, s.userId).bind(7, s.at);
    return stmt->run();
}

Result<std::vector<WarningStateRecord>>
WarningStateRepository::states(std::optional<std::int64_t> customerId) {
    auto stmt = m_db.prepare("SELECT customer_id, kind, since_day, state, until_day, user_id, at "
                             "FROM warning_states WHERE ?1 IS NULL OR customer_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](const Statement& s) {
        WarningStateRecord r;
        r.customerId = s.int64(0);
        r.kind = s.text(1);
        r.sinceDay = s.int32(2);
        r.state = s.text(3);
        if (!s.isNull(4))
            r.untilDay = s.int32(4);
        r.userId = s.optionalInt64(5);
        r.at = s.int64(6);
        return r;
    });
}

} // namespace tessera::storage
