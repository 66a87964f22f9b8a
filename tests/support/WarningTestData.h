#pragma once

// A small hand-built portfolio for the warning tests: customers with chosen
// owners and creation days, purchases and contacts on chosen days, scoring
// runs with chosen tiers and RFMS, follow-ups. Rows go in with plain SQL so
// each test states exactly the facts a rule reads. A failed insert throws
// (this header serves GoogleTest and Qt Test suites alike).

#include "domain/workspace/Calendar.h"
#include "domain/scoring/ProfileService.h"
#include "domain/warnings/Warning.h"
#include "domain/warnings/WarningInputs.h"
#include "domain/workspace/Workspace.h"

#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace tessera::test {

// The as-of day of the warning tests: 2026-06-30.
inline std::int32_t warningDay() {
    return *domain::Calendar::parseDay("2026-06-30");
}

// The inputs of a rule as of warningDay(): default thresholds, every customer.
inline domain::WarningInputs warningInputs(domain::Workspace& ws) {
    domain::WarningInputs inputs;
    inputs.asOfDay = warningDay();
    inputs.calendar = ws.calendar();
    return inputs;
}

// "code since: reason" per warning, in the order found, for exact comparisons
// ("error: ..." when the rule failed).
inline std::vector<std::string> describe(const Result<std::vector<domain::Warning>>& warnings) {
    if (!warnings.ok())
        return {"error: " + warnings.error().message};
    std::vector<std::string> out;
    for (const auto& w : *warnings)
        out.push_back(w.code + " " + domain::Calendar::isoDate(w.sinceDay).toStdString() + ": " +
                      w.reason);
    return out;
}

class WarningTestData {
public:
    explicit WarningTestData(domain::Workspace& ws) : m_ws(ws) {
        check(domain::ProfileService(ws).current().ok(), "profile"); // runs need a version
    }

    // A customer added on `createdDay` (default: a year before the as-of day).
    std::int64_t customer(const std::string& code, const std::string& owner,
                          const std::string& kind = "company", const std::string& name = {},
                          std::optional<std::int32_t> createdDay = {}) {
        const std::int64_t created =
            m_ws.calendar().startOfDayMs(createdDay.value_or(warningDay() - 365));
        auto stmt = m_ws.db().prepare(
            "INSERT INTO customers (code, name, kind, owner_id, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, (SELECT id FROM users WHERE username = ?4), ?5, ?5)");
        check(stmt.ok(), "customer");
        stmt->bind(1, code).bind(2, name.empty() ? "Company " + code : name).bind(3, kind);
        stmt->bind(4, owner).bind(5, created);
        check(stmt->run().ok(), code);
        return m_ws.db().lastInsertRowId();
    }

    void archive(std::int64_t customer) {
        exec("UPDATE customers SET archived = 1 WHERE id = " + std::to_string(customer));
    }

    void purchase(std::int64_t customer, std::int32_t day) {
        exec("INSERT INTO transactions (customer_id, day, id, amount_cents) VALUES (" +
             std::to_string(customer) + ", " + std::to_string(day) + ", " +
             std::to_string(++m_nextId) + ", 10000)");
    }

    void contact(std::int64_t customer, std::int32_t day,
                 const std::string& direction = "outbound") {
        const std::int64_t at = m_ws.calendar().startOfDayMs(day) + 3600000 + ++m_nextId;
        exec("INSERT INTO interactions (customer_id, at, day, channel, kind, direction) VALUES (" +
             std::to_string(customer) + ", " + std::to_string(at) + ", " + std::to_string(day) +
             ", 'phone', 'call', '" + direction + "')");
    }

    // A scoring run as of `asOfDay` with (customer, tier, RFMS) results.
    std::int64_t run(std::int32_t asOfDay,
                     const std::vector<std::tuple<std::int64_t, std::string, double>>& scores) {
        exec("INSERT INTO scoring_runs (started_at, finished_at, as_of_day, profile_version, "
             "customers, details) VALUES (0, 0, " +
             std::to_string(asOfDay) + ", 1, " + std::to_string(scores.size()) + ", '{}')");
        const std::int64_t runId = m_ws.db().lastInsertRowId();
        for (const auto& [customer, tier, rfms] : scores)
            exec("INSERT INTO customer_scores (run_id, customer_id, frequency, monetary, social, "
                 "score_r, score_f, score_m, score_s, rfms, segment, cluster, weight_rule, "
                 "tier_score, tier) VALUES (" +
                 std::to_string(runId) + ", " + std::to_string(customer) +
                 ", 1, 100, 0, 3, 3, 3, 1, " + std::to_string(rfms) + ", 'Loyal', 0, 'none', " +
                 std::to_string(rfms) + ", '" + tier + "')");
        return runId;
    }

    void followUp(std::int64_t customer, std::int32_t dueDay, const std::string& note,
                  bool done = false) {
        exec("INSERT INTO follow_ups (customer_id, owner_id, due_day, done_at, note) SELECT id, "
             "owner_id, " +
             std::to_string(dueDay) + ", " + (done ? "1" : "NULL") + ", '" + note +
             "' FROM customers WHERE id = " + std::to_string(customer));
    }

private:
    static void check(bool ok, const std::string& what) {
        if (!ok)
            throw std::runtime_error("WarningTestData could not add " + what);
    }
    void exec(const std::string& sql) { check(m_ws.db().exec(sql).ok(), sql); }

    domain::Workspace& m_ws;
    std::int64_t m_nextId = 0;
};

} // namespace tessera::test
