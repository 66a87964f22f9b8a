#include "storage/consent/ConsentRepository.h"

namespace tessera::storage {

Result<std::optional<ConsentState>> ConsentRepository::state(std::int64_t customerId) {
    auto stmt = m_db.prepare(
        "SELECT consent_channels, unsubscribed, owner_id FROM customers WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->first([](const Statement& s) {
        return ConsentState{s.text(0), s.int64(1) != 0, s.optionalInt64(2)};
    });
}

Status ConsentRepository::setState(std::int64_t customerId, const ConsentState& state,
                                   std::int64_t updatedAt) {
    auto stmt = m_db.prepare("UPDATE customers SET consent_channels = ?2, unsubscribed = ?3, "
                             "updated_at = ?4, version = version + 1 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId).bind(2, state.channels).bind(3, state.unsubscribed ? 1 : 0);
    stmt->bind(4, updatedAt);
    TESSERA_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, "No customer " + std::to_string(customerId) + ".");
    return {};
}

Status ConsentRepository::record(const ConsentEventRecord& event) {
    auto stmt = m_db.prepare("INSERT INTO consent_events (customer_id, channel, given, at, "
                             "user_id, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, event.customerId).bind(2, event.channel).bind(3, event.given ? 1 : 0);
    stmt->bind(4, event.at).bind(5, event.userId).bind(6, event.source);
    return stmt->run();
}

Result<std::vector<ConsentEventRecord>> ConsentRepository::history(std::int64_t customerId) {
    auto stmt = m_db.prepare(
        "SELECT e.id, e.customer_id, e.channel, e.given, e.at, e.user_id, "
        "coalesce(u.username, ''), e.source FROM consent_events e "
        "LEFT JOIN users u ON u.id = e.user_id WHERE e.customer_id = ?1 ORDER BY e.at, e.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](const Statement& s) {
        return ConsentEventRecord{s.int64(0), s.int64(1),         s.text(2), s.int64(3) != 0,
                                  s.int64(4), s.optionalInt64(5), s.text(6), s.text(7)};
    });
}

} // namespace tessera::storage
