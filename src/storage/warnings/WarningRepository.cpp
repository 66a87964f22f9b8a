#include "storage/warnings/WarningRepository.h"

#include "storage/sqlite/IdList.h"

#include <limits>

namespace tessera::storage {
namespace {

// The customer columns every warning query selects first (see readCustomer).
constexpr const char* kCustomerColumns =
    "c.id, c.code, c.name, c.kind, c.owner_id, coalesce(u.username, ''), "
    "coalesce(u.display_name, ''), c.created_at";
constexpr int kCustomerColumnCount = 8;
constexpr const char* kCustomerJoin = " JOIN customers c ON c.id = f.customer_id "
                                      "LEFT JOIN users u ON u.id = c.owner_id ";
// "No activity" in MAX() over days; below any real day.
constexpr std::int64_t kNoDay = std::numeric_limits<std::int32_t>::min();

WarningCustomer readCustomer(const Statement& s) {
    return WarningCustomer{s.int64(0),         s.text(1), s.text(2), s.text(3),
                           s.optionalInt64(4), s.text(5), s.text(6), s.int64(7)};
}

std::optional<std::int32_t> optionalDay(const Statement& s, int column) {
    if (s.isNull(column) || s.int64(column) == kNoDay)
        return std::nullopt;
    return s.int32(column);
}

// Visible, not archived customers (only one after onlyCustomer(), a range of
// ids after withIds()). Ids are
// integers from the session, so they go into the text directly and the
// statement keeps fixed parameters.
std::string customerCondition(const OwnerScope& owners, std::optional<std::int64_t> customer,
                              const std::optional<std::pair<std::int64_t, std::int64_t>>& ids) {
    std::string sql = "c.archived = 0";
    if (customer)
        sql += " AND c.id = " + std::to_string(*customer);
    if (ids)
        sql += " AND c.id BETWEEN " + std::to_string(ids->first) + " AND " +
               std::to_string(ids->second);
    if (!owners)
        return sql;
    return sql + " AND c.owner_id IN (" + idList(*owners) + ")";
}

// Prepares `sql`, binds the parameters in order and hands each row, read
// with `read`, to `each`: no list of every candidate is kept.
template <typename Fact, typename Read, typename... Params>
Status visit(Database& db, const std::string& sql, const FactSink<Fact>& each, Read read,
             Params... params) {
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 0;
    (stmt->bind(++index, params), ...);
    return stmt->forEachRow([&](const Statement& s) {
        Fact fact = read(s);
        each(fact);
    });
}

} // namespace

Result<std::int64_t> WarningRepository::lastCustomerId() {
    return m_db.queryInt64("SELECT coalesce(max(id), 0) FROM customers");
}

Status WarningRepository::inactiveSince(std::int32_t asOfDay, std::int32_t lastDay,
                                        const OwnerScope& owners,
                                        const FactSink<InactivityFact>& each) {
    // Two index seeks per customer (the newest transaction and interaction up
    // to the as-of day), in one statement. Customers go in id order (NOT
    // INDEXED), as their activity is clustered by customer: walking an
    // account manager's customers by the owner index (in name order) made the
    // seeks random, four times slower on a million customers.
    const std::string sql =
        std::string("SELECT ") + kCustomerColumns +
        ", f.last FROM (SELECT c.id AS customer_id, max("
        "coalesce((SELECT max(t.day) FROM transactions t WHERE t.customer_id = c.id "
        "AND t.day <= ?1), ?3), "
        "coalesce((SELECT max(i.day) FROM interactions i WHERE i.customer_id = c.id "
        "AND i.day <= ?1), ?3)) AS last FROM customers c NOT INDEXED WHERE " +
        customerCondition(owners, m_customer, m_ids) + ") f" + kCustomerJoin +
        "WHERE f.last <= ?2 ORDER BY c.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            return InactivityFact{readCustomer(s), optionalDay(s, kCustomerColumnCount)};
        },
        static_cast<std::int64_t>(asOfDay), static_cast<std::int64_t>(lastDay), kNoDay);
}

Status WarningRepository::overContacted(std::int32_t firstDay, std::int32_t lastDay,
                                        int maxContacts, const OwnerScope& owners,
                                        const FactSink<OverContactFact>& each) {
    // Numbering each customer's contacts in the window finds the one that went
    // over the limit without a second pass.
    const std::string sql =
        std::string("WITH f AS (SELECT customer_id, day, count(*) OVER w AS n, "
                    "row_number() OVER (w ORDER BY day, at, id) AS rn FROM interactions "
                    "WHERE direction = 'outbound' AND day BETWEEN ?1 AND ?2 ") +
        (m_customer ? "AND customer_id = " + std::to_string(*m_customer) + " " : "") +
        "WINDOW w AS (PARTITION BY customer_id)) SELECT " + kCustomerColumns +
        ", f.n, f.day FROM f" + kCustomerJoin + "WHERE f.n > ?3 AND f.rn = ?3 + 1 AND " +
        customerCondition(owners, m_customer, m_ids) + " ORDER BY c.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            return OverContactFact{readCustomer(s), s.int64(kCustomerColumnCount),
                                   s.int32(kCustomerColumnCount + 1)};
        },
        static_cast<std::int64_t>(firstDay), static_cast<std::int64_t>(lastDay),
        static_cast<std::int64_t>(maxContacts));
}

Status WarningRepository::notContactedSince(std::int64_t runId, std::int32_t asOfDay,
                                            std::int32_t lastDay, const OwnerScope& owners,
                                            const FactSink<ContactGapFact>& each) {
    // From the visible customers (the owner index narrows an account
    // manager's list first) to their score in the run and last outbound contact.
    const std::string sql =
        std::string("WITH f AS MATERIALIZED (SELECT c.id AS customer_id, s.tier, "
                    "coalesce((SELECT max(i.day) FROM interactions i WHERE i.customer_id = c.id "
                    "AND i.direction = 'outbound' AND i.day <= ?2), ?4) AS last "
                    "FROM customers c JOIN customer_scores s ON s.run_id = ?1 "
                    "AND s.customer_id = c.id WHERE ") +
        customerCondition(owners, m_customer, m_ids) + ") SELECT " + kCustomerColumns +
        ", f.tier, f.last FROM f" + kCustomerJoin + "WHERE f.last <= ?3 ORDER BY c.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            return ContactGapFact{readCustomer(s), s.text(kCustomerColumnCount),
                                  optionalDay(s, kCustomerColumnCount + 1)};
        },
        runId, static_cast<std::int64_t>(asOfDay), static_cast<std::int64_t>(lastDay), kNoDay);
}

Status WarningRepository::scoreChanges(std::int64_t fromRun, std::int64_t toRun, double minRfmsDrop,
                                       const OwnerScope& owners,
                                       const FactSink<ScoreChangeFact>& each) {
    const std::string sql =
        std::string("SELECT ") + kCustomerColumns +
        ", f.tier, b.tier, f.rfms, b.rfms FROM customer_scores f "
        "JOIN customer_scores b ON b.run_id = ?2 AND b.customer_id = f.customer_id" +
        kCustomerJoin + "WHERE f.run_id = ?1 AND (f.tier <> b.tier OR f.rfms - b.rfms >= ?3) AND " +
        customerCondition(owners, m_customer, m_ids) + " ORDER BY c.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            const int n = kCustomerColumnCount;
            return ScoreChangeFact{readCustomer(s), s.text(n), s.text(n + 1), s.real(n + 2),
                                   s.real(n + 3)};
        },
        fromRun, toRun, minRfmsDrop);
}

Status WarningRepository::overdueFollowUps(std::int32_t asOfDay, const OwnerScope& owners,
                                           const FactSink<OverdueFollowUpFact>& each) {
    const std::string sql =
        std::string("SELECT ") + kCustomerColumns + ", f.id, f.due_day, " +
        // An analyst's login role on a team server reads no follow-up note.
        (m_db.mayRead("follow_ups", "note") ? "f.note" : "NULL") + " FROM follow_ups f" +
        kCustomerJoin + "WHERE f.done_at IS NULL AND f.due_day < ?1 AND " +
        customerCondition(owners, m_customer, m_ids) + " ORDER BY f.due_day, f.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            const int n = kCustomerColumnCount;
            return OverdueFollowUpFact{readCustomer(s), s.int64(n), s.int32(n + 1), s.text(n + 2)};
        },
        static_cast<std::int64_t>(asOfDay));
}

Status WarningRepository::unresolvedTickets(std::int64_t asOfMs, const OwnerScope& owners,
                                            const FactSink<OpenTicketFact>& each) {
    const std::string sql =
        std::string("SELECT ") + kCustomerColumns +
        ", f.id, f.opened_at, f.escalation, f.first_response_at, f.resolved_at, f.subject "
        "FROM tickets f" +
        kCustomerJoin +
        "WHERE f.opened_at <= ?1 AND (f.resolved_at IS NULL OR f.resolved_at > ?1) "
        "AND (f.closed_at IS NULL OR f.closed_at > ?1) AND " +
        customerCondition(owners, m_customer, m_ids) + " ORDER BY f.opened_at, f.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            const int n = kCustomerColumnCount;
            return OpenTicketFact{readCustomer(s),        s.int64(n),
                                  s.int64(n + 1),         s.text(n + 2),
                                  s.optionalInt64(n + 3), s.optionalInt64(n + 4),
                                  s.text(n + 5)};
        },
        asOfMs);
}

Status WarningRepository::lowHealth(int threshold, const OwnerScope& owners,
                                    const FactSink<LowHealthFact>& each) {
    const std::string sql = std::string("SELECT ") + kCustomerColumns +
                            ", c.health, coalesce(c.health_day, 0) FROM customers c "
                            "LEFT JOIN users u ON u.id = c.owner_id "
                            "WHERE c.health < ?1 AND " +
                            customerCondition(owners, m_customer, m_ids) + " ORDER BY c.id";
    return visit(
        m_db, sql, each,
        [](const Statement& s) {
            return LowHealthFact{readCustomer(s), s.int32(kCustomerColumnCount),
                                 s.int32(kCustomerColumnCount + 1)};
        },
        static_cast<std::int64_t>(threshold));
}

} // namespace tessera::storage
