#include "storage/scoring/TierReportRepository.h"

#include "storage/scoring/TierReportRows.h"

namespace tessera::storage {
namespace {

// ?1 the run, ?2 the compared run (NULL: none, so the join finds nothing),
// ?3 the visible owners as a JSON array (NULL: everyone).
constexpr const char* kScopeFrom =
    " FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
    "LEFT JOIN users u ON u.id = c.owner_id "
    "LEFT JOIN customer_scores p ON p.run_id = ?2 AND p.customer_id = s.customer_id "
    "WHERE s.run_id = ?1 AND (c.owner_id IN (SELECT value FROM json_each(?3)) OR ?3 IS NULL)";

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

Result<std::shared_ptr<TierReportRows>>
TierReportRepository::readRows(const TierReportScope& scope) {
    // No ORDER BY: SQLite reads the run's rows in key order with no sort, and
    // TierReportRows sorts the compact rows in far less time.
    auto stmt = m_db.prepare(
        std::string(
            "SELECT c.id, c.code, c.name, c.kind, c.owner_id, coalesce(u.display_name, ''), "
            "s.tier, p.tier, p.rfms, s.monetary, s.score_r, s.score_f, s.score_m, "
            "s.score_s, s.rfms, s.segment, s.crmv, s.tier_score, s.p_alive, s.clv") +
        kScopeFrom);
    if (!stmt)
        return stmt.error();
    bindScope(*stmt, scope);
    auto rows = std::make_shared<TierReportRows>();
    TierReportRows::Input in;
    const auto optionalReal = [](const Statement& s, int column) {
        return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
    };
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        in.customerId = s.int64(0);
        in.code = s.textView(1);
        in.name = s.textView(2);
        in.kind = s.textView(3);
        in.ownerId = s.optionalInt64(4);
        in.ownerName = s.textView(5);
        in.tier = s.textView(6);
        in.previousTier =
            s.isNull(7) ? std::nullopt : std::optional<std::string_view>(s.textView(7));
        in.previousRfms = optionalReal(s, 8);
        in.monetary = s.real(9);
        in.scoreR = s.int32(10);
        in.scoreF = s.int32(11);
        in.scoreM = s.int32(12);
        in.scoreS = s.int32(13);
        in.rfms = s.real(14);
        in.segment = s.textView(15);
        in.crmv = optionalReal(s, 16);
        in.tierScore = s.real(17);
        in.pAlive = optionalReal(s, 18);
        in.clv = optionalReal(s, 19);
        rows->add(in);
    }));
    rows->sort();
    return rows;
}

} // namespace tessera::storage
