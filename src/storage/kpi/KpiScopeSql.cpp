#include "storage/kpi/KpiScopeSql.h"

#include "storage/sqlite/IdList.h"

namespace tessera::storage {

ScopeSql scopeSql(const KpiScope& scope, bool scoresJoined) {
    ScopeSql sql;
    // Run ids and owner ids come from the database and the session, never
    // from user text; tier and segment are bound.
    if (!scoresJoined && (scope.tier || scope.segment))
        sql.joins = " LEFT JOIN customer_scores s ON s.run_id = " +
                    std::to_string(scope.scoringRun.value_or(-1)) + " AND s.customer_id = c.id";
    sql.where = " WHERE 1 = 1";
    if (scope.owners)
        sql.where += scope.owners->empty() ? " AND 0 = 1"
                                           : " AND c.owner_id IN (" + idList(*scope.owners) + ")";
    if (scope.tier)
        sql.where += " AND s.tier = ?" + std::to_string(kScopeTierParameter);
    if (scope.segment)
        sql.where += " AND s.segment = ?" + std::to_string(kScopeSegmentParameter);
    return sql;
}

void bindScope(Statement& stmt, const KpiScope& scope) {
    if (scope.tier)
        stmt.bind(kScopeTierParameter, *scope.tier);
    if (scope.segment)
        stmt.bind(kScopeSegmentParameter, *scope.segment);
}

} // namespace tessera::storage
