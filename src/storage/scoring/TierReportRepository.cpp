#include "storage/scoring/TierReportRepository.h"

#include "storage/scoring/ScoreColumns.h"

namespace tessera::storage {
namespace {

// ?1 the run, ?2 the compared run (NULL: none, so the join finds nothing),
// ?3 the visible owners as a JSON array (NULL: everyone).
constexpr const char* kScopeFrom =
    " FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
    "LEFT JOIN users u ON u.id = c.owner_id "
    "LEFT JOIN customer_scores p ON p.run_id = ?2 AND p.customer_id = s.customer_id "
    "WHERE s.run_id = ?1 AND (?3 IS NULL OR c.owner_id IN (SELECT value FROM json_each(?3)))";

// Diamond first; an unknown tier name sorts last rather than failing the report.
constexpr const char* kTierRank = "CASE s.tier WHEN 'Diamond' THEN 0 WHEN 'Platinum' THEN 1 "
                                  "WHEN 'Gold' THEN 2 WHEN 'Silver' THEN 3 WHEN 'Bronze' THEN 4 "
                                  "ELSE 5 END";

std::string ownersJson(const std::vector<std::int64_t>& owners) {
    std::string json = "[";
    for (std::int64_t owner : owners)
        json += (json.size() > 1 ? "," : "") + std::to_string(owner);
    return json + "]";
}

void bindScope(Statement& s, const TierReportScope& scope) {
    s.bind(1, scope.runId).bind(2, scope.compareRunId);
    if (scope.visibleOwners)
        s.bind(3, ownersJson(*scope.visibleOwners));
    else
        s.bindNull(3);
}

} // namespace

Result<std::vector<TierGroupRecord>> TierReportRepository::groups(const TierReportScope& scope) {
    auto stmt = m_db.prepare(
        std::string("SELECT s.tier, p.tier, c.owner_id, coalesce(u.display_name, ''), count(*), "
                    "total(s.monetary), count(s.clv), total(s.clv), count(s.p_alive), "
                    "total(s.p_alive)") +
        kScopeFrom + " GROUP BY s.tier, p.tier, c.owner_id");
    if (!stmt)
        return stmt.error();
    bindScope(*stmt, scope);
    return stmt->collect([](const Statement& s) {
        TierGroupRecord g;
        g.tier = s.text(0);
        g.previousTier = s.optionalText(1);
        g.ownerId = s.optionalInt64(2);
        g.ownerName = s.text(3);
        g.customers = s.int64(4);
        g.monetarySum = s.real(5);
        g.withClv = s.int64(6);
        g.clvSum = s.real(7);
        g.withPAlive = s.int64(8);
        g.pAliveSum = s.real(9);
        return g;
    });
}

Status
TierReportRepository::forEachRow(const TierReportScope& scope, Rows which,
                                 const std::function<bool(const TierReportRowRecord&)>& visit) {
    std::string sql = "SELECT c.id, c.code, c.name, c.kind, c.owner_id, "
                      "coalesce(u.display_name, ''), p.tier, p.rfms, " +
                      scoreColumns("s") + kScopeFrom;
    if (which == Rows::Moved)
        sql += " AND p.tier IS NOT NULL AND p.tier <> s.tier";
    sql += std::string(" ORDER BY ") + kTierRank + ", s.tier_score DESC, c.code";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bindScope(*stmt, scope);
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        TierReportRowRecord row;
        row.customerId = stmt->int64(0);
        row.code = stmt->text(1);
        row.name = stmt->text(2);
        row.kind = stmt->text(3);
        row.ownerId = stmt->optionalInt64(4);
        row.ownerName = stmt->text(5);
        row.previousTier = stmt->optionalText(6);
        if (!stmt->isNull(7))
            row.previousRfms = stmt->real(7);
        row.score = readScore(*stmt, 8);
        if (!visit(row))
            return {};
    }
}

} // namespace tessera::storage
