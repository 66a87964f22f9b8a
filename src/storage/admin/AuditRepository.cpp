#include "storage/admin/AuditRepository.h"

#include <variant>

namespace tessera::storage {

Result<std::int64_t> AuditRepository::append(const AuditRecord& r) {
    auto stmt = m_db.prepare("INSERT INTO audit_log (at, user_id, username, action, object_type, "
                             "object_id, detail, outcome) VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.at).bind(2, r.userId).bind(3, r.username).bind(4, r.action);
    stmt->bind(5, r.objectType).bind(6, r.objectId).bind(7, r.detail).bind(8, r.outcome);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::vector<AuditRecord>> AuditRepository::list(const AuditFilter& f) {
    std::string sql = "SELECT id, at, user_id, username, action, object_type, object_id, detail, "
                      "outcome FROM audit_log WHERE 1 = 1";
    std::vector<std::variant<std::int64_t, std::string>> params;
    if (f.userId) {
        sql += " AND user_id = ?";
        params.emplace_back(*f.userId);
    }
    const std::pair<const std::string*, const char*> texts[] = {
        {&f.action, " AND action = ?"},
        {&f.objectType, " AND object_type = ?"},
        {&f.objectId, " AND object_id = ?"}};
    for (const auto& [value, condition] : texts) {
        if (!value->empty()) {
            sql += condition;
            params.emplace_back(*value);
        }
    }
    if (f.from) {
        sql += " AND at >= ?";
        params.emplace_back(*f.from);
    }
    if (f.to) {
        sql += " AND at < ?";
        params.emplace_back(*f.to);
    }
    if (f.beforeId) {
        sql += " AND id < ?";
        params.emplace_back(*f.beforeId);
    }
    sql += " ORDER BY id DESC LIMIT ?";
    params.emplace_back(f.limit);
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (std::size_t i = 0; i < params.size(); ++i)
        std::visit([&](const auto& v) { stmt->bind(static_cast<int>(i + 1), v); }, params[i]);
    return stmt->collect([](const Statement& s) {
        AuditRecord r;
        r.id = s.int64(0);
        r.at = s.int64(1);
        r.userId = s.optionalInt64(2);
        r.username = s.text(3);
        r.action = s.text(4);
        r.objectType = s.text(5);
        r.objectId = s.text(6);
        r.detail = s.text(7);
        r.outcome = s.text(8);
        return r;
    });
}

Result<std::optional<AuditRecord>>
AuditRepository::lastCustomerChange(std::int64_t customerId,
                                    const std::vector<std::string>& actions) {
    std::string list;
    for (std::size_t i = 0; i < actions.size(); ++i)
        list += (i ? "," : "") + std::string("?") + std::to_string(i + 2);
    const std::string sql =
        m_db.isServer()
            ? "SELECT user_id, username, at FROM tessera_last_customer_change(?1, ARRAY[" + list +
                  "]::text[])"
            : "SELECT user_id, username, at FROM audit_log WHERE object_type = 'customer' AND "
              "object_id = CAST(?1 AS TEXT) AND outcome = 'ok' AND action IN (" +
                  list + ") ORDER BY id DESC LIMIT 1";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    for (std::size_t i = 0; i < actions.size(); ++i)
        stmt->bind(static_cast<int>(i + 2), actions[i]);
    return stmt->first([](const Statement& s) {
        AuditRecord r;
        r.userId = s.optionalInt64(0);
        r.username = s.text(1);
        r.at = s.int64(2);
        return r;
    });
}

} // namespace tessera::storage
