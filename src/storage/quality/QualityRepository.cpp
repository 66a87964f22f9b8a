#include "storage/quality/QualityRepository.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {
namespace {

// When a customer "has" each field, in QualityField order (docs/data-quality.md
// explains the choices). Text fields count when they hold more than spaces.
// Phones and emails are ciphertext: a stored value counts, an absent one is
// NULL. The kind is always set by the schema's CHECK, but it is a key field
// and the figure shows it.
constexpr std::array<const char*, kQualityFieldCount> kFilled = {
    "trim(c.name) <> ''",
    "c.kind <> ''",
    "trim(c.industry) <> ''",
    "trim(c.region) <> ''",
    "trim(c.channel) <> ''",
    "c.owner_id IS NOT NULL",
    "(c.phone IS NOT NULL OR c.email IS NOT NULL OR EXISTS (SELECT 1 FROM contacts k "
    "WHERE k.customer_id = c.id AND (k.phone IS NOT NULL OR k.email IS NOT NULL)))",
    "(c.consent_channels <> '' OR c.unsubscribed = 1 OR EXISTS (SELECT 1 FROM consent_events e "
    "WHERE e.customer_id = c.id))",
    "EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id)",
};

// The scope's condition. Owner ids come from the session and the users
// table, never from user text. `keepRowidPlan` puts a unary + before the
// owner column so SQLite walks the rowid range instead of the owner index
// (which would be read again for every range).
std::string scopeWhere(const QualityScope& scope, bool keepRowidPlan) {
    const std::string owner = keepRowidPlan ? "+c.owner_id" : "c.owner_id";
    if (scope.unassignedOnly)
        return " AND " + owner + " IS NULL";
    if (!scope.owners)
        return {};
    if (scope.owners->empty())
        return " AND 0 = 1";
    return " AND " + owner + " IN (" + idList(*scope.owners) + ")";
}

// The condition of field `index`. On a team server a role may not read the
// phone and email columns (an analyst), so the reachable figure asks the
// server's tessera_reachable_customers(), which checks them as the owner.
std::string filledCondition(std::size_t index, bool onServer) {
    if (onServer && index == static_cast<std::size_t>(QualityField::PhoneOrEmail))
        return "c.id IN (SELECT tessera_reachable_customers())";
    return kFilled[index];
}

std::optional<std::int64_t> optionalOwner(const Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<std::int64_t>(s.int64(column));
}

} // namespace

Result<std::pair<std::int64_t, std::int64_t>> QualityRepository::idRange() {
    auto stmt = m_db.prepare("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM customers");
    if (!stmt)
        return stmt.error();
    auto row = stmt->first([](const Statement& s) { return std::pair{s.int64(0), s.int64(1)}; });
    if (!row)
        return row.error();
    return row->value_or(std::pair<std::int64_t, std::int64_t>{0, 0});
}

Result<std::vector<QualityCounts>> QualityRepository::countsByOwner(const QualityScope& scope,
                                                                    std::int64_t firstId,
                                                                    std::int64_t lastId) {
    // One pass over the range: every figure is a SUM of a 0/1 condition, so
    // a million customers take one scan and three index probes each.
    std::string sql = "SELECT c.owner_id, COUNT(*)";
    for (std::size_t i = 0; i < kQualityFieldCount; ++i)
        sql += ", SUM(" + filledCondition(i, m_db.isServer()) + ")";
    sql += " FROM customers c WHERE c.id BETWEEN ?1 AND ?2 AND c.archived = 0" +
           scopeWhere(scope, true) + " GROUP BY c.owner_id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, firstId).bind(2, lastId);
    return stmt->collect([](const Statement& s) {
        QualityCounts counts;
        counts.ownerId = optionalOwner(s, 0);
        counts.customers = s.int64(1);
        for (std::size_t i = 0; i < kQualityFieldCount; ++i)
            counts.filled[i] = s.int64(static_cast<int>(i) + 2);
        return counts;
    });
}

Result<std::vector<IncompleteCustomerRow>>
QualityRepository::incomplete(QualityField field, const QualityScope& scope, int limit) {
    const auto index = static_cast<std::size_t>(field);
    if (index >= kQualityFieldCount)
        return makeError(ErrorCode::InvalidArgument, "unknown quality field");
    auto stmt =
        m_db.prepare(std::string("SELECT c.id, c.code, c.name, c.kind, c.owner_id FROM customers c "
                                 "WHERE c.archived = 0") +
                     scopeWhere(scope, false) + " AND NOT (" +
                     filledCondition(index, m_db.isServer()) + ") ORDER BY c.code LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return stmt->collect([](const Statement& s) {
        return IncompleteCustomerRow{s.int64(0), s.text(1), s.text(2), s.text(3),
                                     optionalOwner(s, 4)};
    });
}

} // namespace tessera::storage
