#pragma once

// The SQL of a KpiScope around customers `c`: the join on the scoring run's
// scores when a tier or segment narrows it, and the condition. Shared by
// the KPI and journey queries so a population means the same to both.

#include "storage/kpi/KpiQuery.h"
#include "storage/sqlite/Statement.h"

#include <string>

namespace tessera::storage {

// SQLite numbered parameters, so the scope binds at one place whatever the
// query around it: queries keep ?1..?8 for their own values.
constexpr int kScopeTierParameter = 9;
constexpr int kScopeSegmentParameter = 10;

struct ScopeSql {
    std::string joins; // " LEFT JOIN customer_scores s ..." or ""
    std::string where; // " WHERE 1 = 1 AND ..."
};

// `scoresJoined`: the caller joins customer_scores as `s` itself.
ScopeSql scopeSql(const KpiScope& scope, bool scoresJoined = false);
void bindScope(Statement& stmt, const KpiScope& scope);

} // namespace tessera::storage
