#include "storage/kpi/KpiRepository.h"

#include "storage/kpi/KpiScopeSql.h"
#include "storage/sqlite/IdList.h"

#include <limits>

namespace tessera::storage {
namespace {

// The joins, the group key and the scope condition around customers `c`.
// `touchpoint` is the column the touchpoint grouping reads ("" when the
// source has none).
struct GroupSql {
    std::string joins;
    std::string key;
    std::string where;
};

GroupSql groupSql(KpiGrouping grouping, const KpiScope& scope, const std::string& touchpoint) {
    GroupSql g;
    const bool scoresJoin = grouping == KpiGrouping::Tier || scope.tier || scope.segment;
    if (scoresJoin)
        g.joins += " LEFT JOIN customer_scores s ON s.run_id = " +
                   std::to_string(scope.scoringRun.value_or(-1)) + " AND s.customer_id = c.id";
    if (grouping == KpiGrouping::Owner || grouping == KpiGrouping::Team)
        g.joins += " LEFT JOIN users o ON o.id = c.owner_id";
    if (grouping == KpiGrouping::Team)
        g.joins += " LEFT JOIN users sv ON sv.id = o.supervisor_id";
    if (grouping == KpiGrouping::Touchpoint && !touchpoint.empty())
        g.joins += " LEFT JOIN touchpoints tp ON tp.id = " + touchpoint;
    switch (grouping) {
    case KpiGrouping::Company: g.key = "''"; break;
    case KpiGrouping::Tier: g.key = "COALESCE(s.tier, '')"; break;
    case KpiGrouping::Owner: g.key = "COALESCE(o.username, '')"; break;
    case KpiGrouping::Team:
        // A supervisor who owns customers heads their own team.
        g.key = "COALESCE(sv.username, CASE WHEN o.role = 'supervisor' THEN o.username END, '')";
        break;
    case KpiGrouping::Touchpoint: g.key = touchpoint.empty() ? "''" : "COALESCE(tp.name, '')";
    }
    g.where = scopeSql(scope, /*scoresJoined=*/true).where;
    return g;
}

Result<Statement> prepared(Database& db, const std::string& sql, const KpiScope& scope) {
    auto stmt = db.prepare(sql);
    if (stmt)
        bindScope(*stmt, scope);
    return stmt;
}

double nanUnlessSet(const Statement& s, int column) {
    return s.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : s.real(column);
}

// The columns every survey count query reads after its group key.
constexpr const char* kSurveyCountColumns =
    "COUNT(*), COUNT(CASE WHEN r.nps >= 9 THEN 1 END),"
    " COUNT(CASE WHEN r.nps BETWEEN 7 AND 8 THEN 1 END),"
    " COUNT(CASE WHEN r.nps <= 6 THEN 1 END), COUNT(r.csat),"
    " COUNT(CASE WHEN r.csat >= 4 THEN 1 END), COUNT(r.ces), COALESCE(SUM(r.ces), 0)";

SurveyCounts readSurveyCounts(Statement& s, std::string key) {
    SurveyCounts c;
    c.key = std::move(key);
    c.responses = s.int64(1);
    c.promoters = s.int64(2);
    c.passives = s.int64(3);
    c.detractors = s.int64(4);
    c.csatResponses = s.int64(5);
    c.csatSatisfied = s.int64(6);
    c.cesResponses = s.int64(7);
    c.cesSum = s.real(8);
    return c;
}

} // namespace

Result<std::vector<SurveyCounts>> KpiRepository::surveys(const KpiDays& days, const KpiScope& scope,
                                                         KpiGrouping grouping) {
    const GroupSql g = groupSql(grouping, scope, "r.touchpoint_id");
    auto stmt =
        prepared(m_db,
                 "SELECT " + g.key + ", " + kSurveyCountColumns +
                     " FROM survey_responses r JOIN customers c ON c.id = r.customer_id" + g.joins +
                     g.where + " AND r.day BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1",
                 scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    return stmt->collect([](Statement& s) { return readSurveyCounts(s, s.text(0)); });
}

Result<std::vector<DimensionMean>>
KpiRepository::dimensions(const KpiDays& days, const KpiScope& scope, KpiGrouping grouping) {
    const GroupSql g = groupSql(grouping, scope, "r.touchpoint_id");
    auto stmt =
        prepared(m_db,
                 "SELECT k, dimension, COUNT(*), AVG(m) FROM (SELECT " + g.key +
                     " AS k, a.dimension AS dimension, AVG(a.value) AS m"
                     " FROM survey_responses r JOIN survey_answers a ON a.response_id = "
                     "r.id JOIN customers c ON c.id = r.customer_id" +
                     g.joins + g.where +
                     " AND r.day BETWEEN ?1 AND ?2 GROUP BY r.id, a.dimension, k) AS per_response"
                     " GROUP BY 1, 2 ORDER BY 1, 2",
                 scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    return stmt->collect([](Statement& s) {
        return DimensionMean{s.text(0), s.int32(1), s.int64(2), s.real(3)};
    });
}

Result<std::vector<PurchaseCounts>> KpiRepository::purchases(const KpiDays& days,
                                                             const KpiDays& previous,
                                                             const KpiScope& scope,
                                                             KpiGrouping grouping) {
    if (grouping == KpiGrouping::Touchpoint)
        return std::vector<PurchaseCounts>{};
    const GroupSql g = groupSql(grouping, scope, "");
    // One pass over each customer's transactions up to the period's end (they
    // are stored by customer, so the GROUP BY streams): purchase days in the
    // period and in the one before, the first purchase ever, and revenue.
    // A prospect is a customer who existed by the period's end, or bought in
    // it, without a purchase before it. A purchase is any transaction but a
    // refund (a negative amount), as in scoring.md.
    const std::string perCustomer =
        "SELECT customer_id,"
        " SUM(CASE WHEN day >= ?1 THEN amount_cents ELSE 0 END) AS revenue,"
        " COUNT(DISTINCT CASE WHEN day >= ?1 AND amount_cents >= 0 THEN day END) AS now_days,"
        " COUNT(DISTINCT CASE WHEN day BETWEEN ?3 AND ?4 AND amount_cents >= 0 THEN day END)"
        " AS before_days,"
        " MIN(CASE WHEN amount_cents >= 0 THEN day END) AS first_day"
        " FROM transactions WHERE day <= ?2 GROUP BY customer_id";
    auto stmt = prepared(
        m_db,
        "SELECT " + g.key +
            ", COUNT(CASE WHEN p.before_days > 0 THEN 1 END),"
            " COUNT(CASE WHEN p.before_days > 0 AND p.now_days > 0 THEN 1 END),"
            " COUNT(CASE WHEN p.now_days > 0 THEN 1 END),"
            " COUNT(CASE WHEN p.now_days > 1 THEN 1 END),"
            " COUNT(CASE WHEN p.first_day >= ?1 OR (p.first_day IS NULL AND c.created_at < ?5)"
            " THEN 1 END),"
            " COUNT(CASE WHEN p.first_day >= ?1 THEN 1 END), COALESCE(SUM(p.revenue), 0)"
            " FROM customers c LEFT JOIN (" +
            perCustomer + ") p ON p.customer_id = c.id" + g.joins + g.where +
            " GROUP BY 1 ORDER BY 1",
        scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    stmt->bind(3, previous.firstDay).bind(4, previous.lastDay).bind(5, days.endMs);
    return stmt->collect([](Statement& s) {
        PurchaseCounts c;
        c.key = s.text(0);
        c.previousBuyers = s.int64(1);
        c.retained = s.int64(2);
        c.buyers = s.int64(3);
        c.repeatBuyers = s.int64(4);
        c.prospects = s.int64(5);
        c.converted = s.int64(6);
        c.revenueCents = s.int64(7);
        return c;
    });
}

Result<std::vector<ValueTotals>> KpiRepository::values(const KpiScope& scope,
                                                       KpiGrouping grouping) {
    if (grouping == KpiGrouping::Touchpoint || !scope.scoringRun)
        return std::vector<ValueTotals>{};
    const GroupSql g = groupSql(grouping, scope, "");
    auto stmt =
        prepared(m_db,
                 "SELECT " + g.key +
                     ", COUNT(v.clv), COALESCE(SUM(v.clv), 0) FROM customer_scores v"
                     " JOIN customers c ON c.id = v.customer_id" +
                     g.joins + g.where + " AND v.run_id = " + std::to_string(*scope.scoringRun) +
                     " GROUP BY 1 ORDER BY 1",
                 scope);
    if (!stmt)
        return stmt.error();
    return stmt->collect([](Statement& s) {
        return ValueTotals{s.text(0), s.int64(1), s.real(2)};
    });
}

Result<std::vector<ServiceCounts>>
KpiRepository::service(const KpiDays& days, const KpiScope& scope, KpiGrouping grouping) {
    const GroupSql g = groupSql(grouping, scope, "t.touchpoint_id");
    const std::string from = " FROM tickets t JOIN customers c ON c.id = t.customer_id" + g.joins +
                             g.where + " AND t.opened_at >= ?1 AND t.opened_at < ?2";
    auto counts = prepared(m_db,
                           "SELECT " + g.key +
                               ", COUNT(*), COUNT(CASE WHEN t.is_complaint = 1 THEN 1 END),"
                               " COUNT(t.resolved_at)" +
                               from + " GROUP BY 1 ORDER BY 1",
                           scope);
    if (!counts)
        return counts.error();
    counts->bind(1, days.startMs).bind(2, days.endMs);
    auto rows = counts->collect([](Statement& s) {
        ServiceCounts c;
        c.key = s.text(0);
        c.tickets = s.int64(1);
        c.complaints = s.int64(2);
        c.resolved = s.int64(3);
        return c;
    });
    if (!rows)
        return rows.error();
    auto delays = prepared(m_db,
                           "SELECT " + g.key + ", t.first_response_at - t.opened_at" + from +
                               " AND t.first_response_at IS NOT NULL ORDER BY 1, 2",
                           scope);
    if (!delays)
        return delays.error();
    delays->bind(1, days.startMs).bind(2, days.endMs);
    std::size_t at = 0;
    TESSERA_TRY(delays->forEachRow([&](Statement& s) {
        const std::string key = s.text(0);
        while (at < rows->size() && (*rows)[at].key < key)
            ++at;
        if (at < rows->size() && (*rows)[at].key == key)
            (*rows)[at].firstResponseMs.push_back(s.int64(1));
    }));
    return rows;
}

Result<std::vector<ItemAnswer>> KpiRepository::answers(const KpiDays& days, const KpiScope& scope) {
    const GroupSql g = groupSql(KpiGrouping::Company, scope, "");
    auto stmt = prepared(m_db,
                         "SELECT r.id, a.dimension, a.item, a.value FROM survey_responses r"
                         " JOIN survey_answers a ON a.response_id = r.id"
                         " JOIN customers c ON c.id = r.customer_id" +
                             g.joins + g.where +
                             " AND r.day BETWEEN ?1 AND ?2 ORDER BY a.dimension, r.id, a.item",
                         scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    return stmt->collect([](Statement& s) {
        return ItemAnswer{s.int64(0), s.int32(1), s.int32(2), s.int32(3)};
    });
}

Result<std::vector<DriverRow>> KpiRepository::drivers(const KpiDays& days, const KpiScope& scope) {
    const GroupSql g = groupSql(KpiGrouping::Company, scope, "");
    auto stmt = prepared(m_db,
                         "SELECT r.id, r.nps, r.ces, a.dimension, AVG(a.value)"
                         " FROM survey_responses r JOIN customers c ON c.id = r.customer_id"
                         " LEFT JOIN survey_answers a ON a.response_id = r.id" +
                             g.joins + g.where +
                             " AND r.day BETWEEN ?1 AND ?2 AND r.nps IS NOT NULL"
                             " GROUP BY r.id, a.dimension ORDER BY r.id",
                         scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    std::vector<DriverRow> rows;
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    TESSERA_TRY(stmt->forEachRow([&](Statement& s) {
        const std::int64_t id = s.int64(0);
        if (rows.empty() || rows.back().responseId != id) {
            DriverRow row;
            row.responseId = id;
            row.nps = s.real(1);
            row.ces = nanUnlessSet(s, 2);
            row.dimensions.fill(kNaN);
            rows.push_back(row);
        }
        if (!s.isNull(3)) {
            const int dimension = s.int32(3);
            if (dimension >= 1 && dimension <= 5)
                rows.back().dimensions[dimension - 1] = s.real(4);
        }
    }));
    return rows;
}

Result<std::vector<std::int64_t>>
KpiRepository::customersBehind(Source source, const KpiDays& days, const KpiScope& scope,
                               KpiGrouping grouping, const std::string& key, int limit) {
    std::string sql;
    switch (source) {
    case Source::Surveys: {
        const GroupSql g = groupSql(grouping, scope, "r.touchpoint_id");
        sql = "SELECT DISTINCT c.id FROM survey_responses r JOIN customers c ON c.id = "
              "r.customer_id" +
              g.joins + g.where + " AND r.day BETWEEN ?1 AND ?2 AND " + g.key + " = ?5";
        break;
    }
    case Source::Purchases: {
        const GroupSql g = groupSql(grouping, scope, "");
        sql = "SELECT c.id FROM customers c" + g.joins + g.where + " AND " + g.key +
              " = ?5 AND EXISTS (SELECT 1 FROM transactions x WHERE x.customer_id = c.id"
              " AND x.day BETWEEN ?1 AND ?2 AND x.amount_cents >= 0)";
        break;
    }
    case Source::Service: {
        const GroupSql g = groupSql(grouping, scope, "t.touchpoint_id");
        sql = "SELECT DISTINCT c.id FROM tickets t JOIN customers c ON c.id = t.customer_id" +
              g.joins + g.where + " AND t.opened_at >= ?3 AND t.opened_at < ?4 AND " + g.key +
              " = ?5";
        break;
    }
    }
    auto stmt = prepared(m_db, sql + " ORDER BY c.id LIMIT ?6", scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay).bind(3, days.startMs);
    stmt->bind(4, days.endMs).bind(5, key).bind(6, limit);
    return stmt->collect([](Statement& s) { return s.int64(0); });
}

Result<std::vector<std::pair<std::int32_t, SurveyCounts>>>
KpiRepository::surveysByDay(const KpiDays& days, const KpiScope& scope) {
    const GroupSql g = groupSql(KpiGrouping::Company, scope, "");
    auto stmt =
        prepared(m_db,
                 std::string("SELECT r.day, ") + kSurveyCountColumns +
                     " FROM survey_responses r JOIN customers c ON c.id = r.customer_id" + g.joins +
                     g.where + " AND r.day BETWEEN ?1 AND ?2 GROUP BY r.day ORDER BY r.day",
                 scope);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    return stmt->collect([](Statement& s) {
        return std::pair{s.int32(0), readSurveyCounts(s, s.text(0))};
    });
}

Result<std::optional<std::int32_t>> KpiRepository::latestSurveyDay(const KpiScope& scope) {
    const GroupSql g = groupSql(KpiGrouping::Company, scope, "");
    auto stmt = prepared(m_db,
                         "SELECT MAX(r.day) FROM survey_responses r JOIN customers c ON c.id ="
                         " r.customer_id" +
                             g.joins + g.where,
                         scope);
    if (!stmt)
        return stmt.error();
    auto row = stmt->first([](Statement& s) {
        return s.isNull(0) ? std::optional<std::int32_t>{} : std::optional(s.int32(0));
    });
    if (!row)
        return row.error();
    return row->value_or(std::nullopt);
}

Result<std::optional<std::int64_t>> KpiRepository::latestRun() {
    auto stmt = m_db.prepare("SELECT MAX(id) FROM scoring_runs");
    if (!stmt)
        return stmt.error();
    auto row = stmt->first([](Statement& s) { return s.optionalInt64(0); });
    if (!row)
        return row.error();
    return row->value_or(std::nullopt);
}

} // namespace tessera::storage
