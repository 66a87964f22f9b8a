#include "storage/kpi/TargetRepository.h"

namespace tessera::storage {

Status TargetRepository::set(const KpiTarget& t) {
    auto stmt = m_db.prepare("INSERT INTO kpi_targets (kpi, period, value, user_id, at)"
                             " VALUES (?,?,?,?,?) ON CONFLICT (kpi, period) DO UPDATE SET"
                             " value = excluded.value, user_id = excluded.user_id,"
                             " at = excluded.at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, t.kpi).bind(2, t.period).bind(3, t.value).bind(4, t.userId).bind(5, t.at);
    return stmt->run();
}

Result<std::vector<KpiTarget>> TargetRepository::list(const std::optional<std::string>& period) {
    auto stmt = m_db.prepare("SELECT t.kpi, t.period, t.value, t.user_id, COALESCE(u.username, ''),"
                             " t.at FROM kpi_targets t LEFT JOIN users u ON u.id = t.user_id"
                             " WHERE t.period = ?1 OR ?1 IS NULL ORDER BY t.period, t.kpi");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, period);
    return stmt->collect([](Statement& s) {
        return KpiTarget{s.text(0),          s.text(1), s.real(2),
                         s.optionalInt64(3), s.text(4), s.int64(5)};
    });
}

} // namespace tessera::storage
