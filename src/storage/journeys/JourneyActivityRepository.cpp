#include "storage/journeys/JourneyActivityRepository.h"

#include "storage/kpi/KpiScopeSql.h"

#include <algorithm>

namespace tessera::storage {

Result<JourneyPopulation> JourneyActivityRepository::population(
    const KpiScope& scope, const std::vector<std::string>& riskLifecycles, int healthBelow) {
    // A tier or segment: the run's customers of it first, from the covering
    // index customer_scores_tier, as a bitmap; then every customer in scope
    // with their standing from the covering index customers_standing. Two
    // index scans beat a lookup of each tier member's wide customer row.
    std::vector<std::uint8_t> inTier;
    const bool byScores = scope.tier || scope.segment;
    if (byScores) {
        std::string sql = "SELECT s.customer_id FROM customer_scores s WHERE s.run_id = " +
                          std::to_string(scope.scoringRun.value_or(-1));
        if (scope.tier)
            sql += " AND s.tier = ?" + std::to_string(kScopeTierParameter);
        if (scope.segment)
            sql += " AND s.segment = ?" + std::to_string(kScopeSegmentParameter);
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        bindScope(*stmt, scope);
        TESSERA_TRY(stmt->forEachRow([&](Statement& s) {
            const auto id = static_cast<std::size_t>(s.int64(0));
            if (id >= inTier.size())
                inTier.resize(std::max<std::size_t>(id + 1, inTier.size() * 2), 0);
            inTier[id] = 1;
        }));
    }
    KpiScope owners;
    owners.owners = scope.owners;
    auto stmt = m_db.prepare("SELECT c.id, c.lifecycle, c.health FROM customers c" +
                             scopeSql(owners).where);
    if (!stmt)
        return stmt.error();
    JourneyPopulation population;
    TESSERA_TRY(stmt->forEachRow([&](Statement& s) {
        const auto id = static_cast<std::size_t>(s.int64(0));
        if (byScores && (id >= inTier.size() || !inTier[id]))
            return;
        if (id >= population.flags.size())
            population.flags.resize(std::max<std::size_t>(id + 1, population.flags.size() * 2), 0);
        const std::string lifecycle = s.text(1);
        const bool atRisk = std::find(riskLifecycles.begin(), riskLifecycles.end(), lifecycle) !=
                                riskLifecycles.end() ||
                            (!s.isNull(2) && s.int32(2) < healthBelow);
        population.flags[id] = atRisk ? 2 : 1;
        ++population.size;
    }));
    return population;
}

Result<std::vector<JourneyInteractionRow>>
JourneyActivityRepository::interactions(const KpiDays& days) {
    auto stmt = m_db.prepare("SELECT customer_id, at, id, COALESCE(touchpoint_id, 0), "
                             "kind = 'complaint' FROM interactions WHERE day BETWEEN ?1 AND ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    std::vector<JourneyInteractionRow> rows;
    TESSERA_TRY(stmt->forEachRow([&](Statement& s) {
        rows.push_back({s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4) != 0});
    }));
    return rows;
}

Result<std::vector<JourneySurveyRow>> JourneyActivityRepository::surveys(const KpiDays& days) {
    auto stmt = m_db.prepare(
        "SELECT customer_id, COALESCE(touchpoint_id, 0), COALESCE(csat, 0), COALESCE(nps, -1) "
        "FROM survey_responses WHERE day BETWEEN ?1 AND ?2 AND touchpoint_id IS NOT NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.firstDay).bind(2, days.lastDay);
    return stmt->collect([](const Statement& s) {
        return JourneySurveyRow{s.int64(0), s.int64(1), s.int32(2), s.int32(3)};
    });
}

Result<std::vector<JourneyTicketRow>> JourneyActivityRepository::tickets(const KpiDays& days) {
    auto stmt = m_db.prepare(
        "SELECT customer_id, COALESCE(touchpoint_id, 0), first_response_at - opened_at FROM "
        "tickets WHERE opened_at >= ?1 AND opened_at < ?2 AND touchpoint_id IS NOT NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, days.startMs).bind(2, days.endMs);
    return stmt->collect([](const Statement& s) {
        return JourneyTicketRow{s.int64(0), s.int64(1),
                                s.isNull(2) ? std::nullopt
                                            : std::optional<std::int64_t>(s.int64(2))};
    });
}

Result<std::vector<JourneyCardInteraction>>
JourneyActivityRepository::interactionsAt(std::int64_t touchpointId, const KpiDays& days,
                                          const KpiScope& scope, int limit) {
    const ScopeSql where = scopeSql(scope);
    auto stmt = m_db.prepare(
        "SELECT i.id, c.id, c.code, c.name, i.at, i.channel, i.kind, i.direction FROM "
        "interactions i JOIN customers c ON c.id = i.customer_id" +
        where.joins + where.where +
        " AND i.day BETWEEN ?1 AND ?2 AND i.touchpoint_id = ?3 ORDER BY i.at DESC, i.id DESC "
        "LIMIT ?4");
    if (!stmt)
        return stmt.error();
    bindScope(*stmt, scope);
    stmt->bind(1, days.firstDay).bind(2, days.lastDay).bind(3, touchpointId).bind(4, limit);
    return stmt->collect([](const Statement& s) {
        return JourneyCardInteraction{s.int64(0), s.int64(1), s.text(2), s.text(3),
                                      s.int64(4), s.text(5),  s.text(6), s.text(7)};
    });
}

Result<std::vector<CustomerStagePoint>>
JourneyActivityRepository::customerPoints(std::int64_t customerId) {
    auto stmt = m_db.prepare("SELECT at, day, COALESCE(touchpoint_id, 0), kind FROM interactions "
                             "WHERE customer_id = ?1 ORDER BY at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    return stmt->collect([](const Statement& s) {
        return CustomerStagePoint{s.int64(0), s.int32(1), s.int64(2), s.text(3)};
    });
}

} // namespace tessera::storage
