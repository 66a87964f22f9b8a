#include "storage/standing/StandingRepository.h"

#include "storage/postgres/ServerConnection.h"

namespace tessera::storage {
namespace {

std::optional<double> optionalReal(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.real(column);
}

std::optional<std::int32_t> optionalDay(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.int32(column);
}

} // namespace

Status StandingRepository::facts(const StandingWindow& w, std::optional<std::int64_t> customerId,
                                 const std::function<Status(const StandingFacts&)>& visit) {
    // Each activity table is aggregated once per customer (GROUP BY over its
    // customer index), then joined to the customers in id order. For one
    // customer, each aggregate reads only that customer's rows.
    const std::string one = customerId ? " AND customer_id = " + std::to_string(*customerId) : "";
    const std::string run = [&](std::optional<std::int64_t> id) {
        return id ? std::to_string(*id) : std::string("NULL");
    }(w.newestRun);
    const std::string previous = w.previousRun ? std::to_string(*w.previousRun) : "NULL";
    const std::string sql =
        "SELECT c.id, c.lifecycle, c.loyalty, c.health, tx.first_day, tx.last_day, "
        "coalesce(tx.purchases, 0), coalesce(tx.recent, 0), coalesce(tx.previous, 0), "
        "coalesce(ix.n, 0), coalesce(ix.advocacy, 0), ix.last_day, s.p_alive, s.rfms, p.rfms, "
        "coalesce(tk.unresolved, 0), coalesce(tk.overdue, 0), sv.csat, sv.nps "
        "FROM customers c "
        "LEFT JOIN (SELECT customer_id, min(CASE WHEN amount_cents > 0 THEN day END) AS first_day, "
        "max(CASE WHEN amount_cents > 0 THEN day END) AS last_day, "
        "sum(amount_cents > 0) AS purchases, "
        "sum(CASE WHEN day > ?1 - ?2 THEN amount_cents ELSE 0 END) AS recent, "
        "sum(CASE WHEN day <= ?1 - ?2 AND day > ?1 - 2 * ?2 THEN amount_cents ELSE 0 END) "
        "AS previous FROM transactions WHERE day <= ?1" +
        one +
        " GROUP BY customer_id) tx ON tx.customer_id = c.id "
        "LEFT JOIN (SELECT customer_id, count(*) AS n, "
        "sum(kind = 'referral' OR kind = 'review' OR kind = 'share') AS advocacy, "
        "max(day) AS last_day FROM interactions WHERE day <= ?1" +
        one +
        " GROUP BY customer_id) ix ON ix.customer_id = c.id "
        "LEFT JOIN customer_scores s ON s.run_id = " +
        run +
        " AND s.customer_id = c.id "
        "LEFT JOIN customer_scores p ON p.run_id = " +
        previous +
        " AND p.customer_id = c.id "
        "LEFT JOIN (SELECT customer_id, count(*) AS unresolved, "
        "sum(opened_at < ?3 - ?4) AS overdue FROM tickets "
        "WHERE (status = 'open' OR status = 'assigned') AND opened_at <= ?3" +
        one +
        " GROUP BY customer_id) tk ON tk.customer_id = c.id "
        "LEFT JOIN (SELECT customer_id, avg(csat) AS csat, avg(nps) AS nps FROM survey_responses "
        "WHERE day <= ?1 AND day > ?1 - 365" +
        one +
        " GROUP BY customer_id) sv ON sv.customer_id = c.id "
        "WHERE c.archived = 0" +
        (customerId ? " AND c.id = " + std::to_string(*customerId) : "") + " ORDER BY c.id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(w.asOfDay)).bind(2, w.trendDays);
    stmt->bind(3, w.asOfMs).bind(4, w.resolutionMs);
    Status failed;
    TESSERA_TRY(stmt->forEachRow([&](const Statement& s) {
        if (!failed)
            return;
        StandingFacts f;
        f.customerId = s.int64(0);
        f.lifecycle = s.text(1);
        f.loyalty = s.text(2);
        if (!s.isNull(3))
            f.health = s.int32(3);
        f.firstPurchaseDay = optionalDay(s, 4);
        f.lastPurchaseDay = optionalDay(s, 5);
        f.purchases = s.int64(6);
        f.recentCents = s.int64(7);
        f.previousCents = s.int64(8);
        f.interactions = s.int64(9);
        f.advocacy = s.int64(10);
        f.lastInteractionDay = optionalDay(s, 11);
        f.pAlive = optionalReal(s, 12);
        f.rfms = optionalReal(s, 13);
        f.previousRfms = optionalReal(s, 14);
        f.unresolvedTickets = s.int64(15);
        f.overdueTickets = s.int64(16);
        f.meanCsat = optionalReal(s, 17);
        f.meanNps = optionalReal(s, 18);
        failed = visit(f);
    }));
    return failed;
}

Status StandingRepository::write(std::int64_t customerId, const std::string* lifecycle,
                                 const std::string& loyalty, int health, std::int32_t day) {
    if (m_db.isServer()) {
        if (!m_serverWrites) {
            ServerConnection& server = *m_db.server();
            TESSERA_TRY(server.exec("CREATE TEMP TABLE IF NOT EXISTS standing_writes (id bigint, "
                                    "lifecycle text, loyalty text, health bigint, day bigint)"));
            TESSERA_TRY(server.exec("TRUNCATE pg_temp.standing_writes"));
            auto rows = ServerBulkRows::create(m_db, "temp.standing_writes",
                                               {"id", "lifecycle", "loyalty", "health", "day"});
            if (!rows)
                return rows.error();
            m_serverWrites = std::move(*rows);
        }
        Statement& row = m_serverWrites->row();
        row.bind(1, customerId).bind(3, loyalty).bind(4, health);
        row.bind(5, static_cast<std::int64_t>(day));
        if (lifecycle)
            row.bind(2, *lifecycle);
        else
            row.bindNull(2);
        return m_serverWrites->endRow();
    }
    // Not a user's edit: the version (which guards editors against lost
    // updates) and updated_at stay as they are. The lifecycle stage is set
    // only when it changes (rarely, next to the health score): a column left
    // out of SET spares its indexes, about a third of a refresh's writing.
    std::optional<Statement>& stmt = lifecycle ? m_writeWithLifecycle : m_write;
    if (!stmt) {
        auto prepared = m_db.prepare(
            std::string("UPDATE customers SET ") + (lifecycle ? "lifecycle = ?5, " : "") +
            "loyalty = ?2, health_day = CASE WHEN health IS ?3 THEN health_day ELSE ?4 END, "
            "health = ?3 WHERE id = ?1");
        if (!prepared)
            return prepared.error();
        stmt = std::move(*prepared);
    }
    stmt->bind(1, customerId).bind(2, loyalty).bind(3, health);
    stmt->bind(4, static_cast<std::int64_t>(day));
    if (lifecycle)
        stmt->bind(5, *lifecycle);
    return stmt->run();
}

Status StandingRepository::flushWrites() {
    if (!m_serverWrites)
        return {};
    TESSERA_TRY(m_serverWrites->flush());
    // The same changes as write()'s statement, for every gathered customer
    // (PostgreSQL's own SQL: nothing here runs on a file).
    ServerConnection& server = *m_db.server();
    TESSERA_TRY(server.exec(
        "UPDATE customers AS c SET lifecycle = coalesce(w.lifecycle, c.lifecycle), "
        "loyalty = w.loyalty, health_day = CASE WHEN c.health IS NOT DISTINCT FROM w.health "
        "THEN c.health_day ELSE w.day END, health = w.health "
        "FROM pg_temp.standing_writes AS w WHERE c.id = w.id"));
    return server.exec("TRUNCATE pg_temp.standing_writes");
}

Status StandingRepository::saveOverride(const StandingOverride& o) {
    auto stmt = m_db.prepare(
        "INSERT INTO standing_overrides (customer_id, aspect, value, reason, until_day, user_id, "
        "at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (customer_id, aspect) DO UPDATE SET "
        "value = excluded.value, reason = excluded.reason, until_day = excluded.until_day, "
        "user_id = excluded.user_id, at = excluded.at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, o.customerId).bind(2, o.aspect).bind(3, o.value).bind(4, o.reason);
    stmt->bind(5, static_cast<std::int64_t>(o.untilDay)).bind(6, o.userId).bind(7, o.at);
    return stmt->run();
}

Status StandingRepository::removeOverride(std::int64_t customerId, const std::string& aspect) {
    auto stmt =
        m_db.prepare("DELETE FROM standing_overrides WHERE customer_id = ?1 AND aspect = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId).bind(2, aspect);
    return stmt->run();
}

Result<std::vector<StandingOverride>>
StandingRepository::overrides(std::int32_t day, std::optional<std::int64_t> customerId) {
    auto stmt = m_db.prepare("SELECT customer_id, aspect, value, reason, until_day, user_id, at "
                             "FROM standing_overrides WHERE until_day > ?1 "
                             "AND (?2 IS NULL OR customer_id = ?2) ORDER BY customer_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(day)).bind(2, customerId);
    return stmt->collect([](const Statement& s) {
        return StandingOverride{s.int64(0), s.text(1),          s.text(2), s.text(3),
                                s.int32(4), s.optionalInt64(5), s.int64(6)};
    });
}

} // namespace tessera::storage
