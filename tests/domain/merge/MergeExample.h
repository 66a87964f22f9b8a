#pragma once

// Two customers of sup's team that are the same client, with rows in every
// table that refers to a customer, including rows that clash (the same tag,
// a score in the same scoring run, the same standing override, the same
// warning, the same campaign), and a third customer C to be merged into B
// first, so B arrives with an alias of its own. Shared by the merge tests of
// the domain and the command line.

#include "domain/customers/CustomerService.h"
#include "domain/workspace/Workspace.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace tessera::test {

struct MergeExample {
    std::int64_t a = 0;        // A-001, am1's: the survivor
    std::int64_t b = 0;        // B-002, am2's: the duplicate
    std::int64_t c = 0;        // C-003, am2's: merged into B first by tests that want an alias on B
    std::int64_t outsider = 0; // D-004, am3's (sup2's team)

    static constexpr const char* kBPhone = "139 0000 0002";
    static constexpr const char* kBContact = "Bob Lindqvist";

    explicit MergeExample(domain::Workspace& ws) : m_ws(ws) {
        a = create("A-001", "Alpha Trading Co., Ltd.", "am1", "+86 138 0000 0001",
                   "alpha@example.com", "Alice Wang", {"vip", "north"});
        b = create("B-002", "Alpha Trading", "am2", kBPhone, "b.alpha@example.com", kBContact,
                   {"vip", "south"});
        c = create("C-003", "Alpha Trading Ltd", "am2", std::nullopt, std::nullopt, "Carl Old",
                   {"legacy"});
        outsider = create("D-004", "Delta Works", "am3", std::nullopt, std::nullopt, "Dora", {});
        const std::string A = std::to_string(a), B = std::to_string(b), C = std::to_string(c);
        for (const std::string& id : {A, B, C}) {
            exec("INSERT INTO transactions (customer_id, day, id, amount_cents) VALUES (" + id +
                 ", 20500, " + id + "01, 12345)");
            exec("INSERT INTO interactions (customer_id, at, day, channel, kind, direction) "
                 "VALUES (" +
                 id + ", 1771200000000, 20500, 'phone', 'call', 'outbound')");
            const std::int64_t interaction = m_ws.db().lastInsertRowId();
            exec("INSERT INTO tickets (customer_id, opened_at, category, subject, interaction_id) "
                 "VALUES (" +
                 id + ", 1771200000000, 'billing', 'Invoice', " + std::to_string(interaction) +
                 ")");
            exec("INSERT INTO survey_responses (customer_id, day, nps, csat) VALUES (" + id +
                 ", 20500, 9, 5)");
            const std::string response = std::to_string(m_ws.db().lastInsertRowId());
            exec("INSERT INTO survey_answers (response_id, dimension, item, value) VALUES (" +
                 response + ", 1, 1, 6), (" + response + ", 2, 1, 5)");
            exec("INSERT INTO follow_ups (customer_id, due_day, note) VALUES (" + id +
                 ", 20510, 'call back')");
            exec("INSERT INTO consent_events (customer_id, channel, given, at) VALUES (" + id +
                 ", 'email', 1, 1771200000000)");
            exec("INSERT INTO warning_states (customer_id, kind, since_day, state, at) VALUES (" +
                 id + ", 'churn', 20400, 'acknowledged', 1771200000000)");
            exec("INSERT INTO standing_overrides (customer_id, aspect, value, reason, until_day, "
                 "at) VALUES (" +
                 id + ", 'lifecycle', 'mature', 'by hand', 20600, 0)");
        }
        exec("INSERT INTO standing_overrides (customer_id, aspect, value, reason, until_day, at) "
             "VALUES (" +
             B + ", 'health', '40', 'by hand', 20600, 0)");
        exec("INSERT INTO warning_states (customer_id, kind, since_day, state, at) VALUES (" + B +
             ", 'cadence', 20450, 'snoozed', 1771200000000)");
        const std::int64_t run1 = scoringRun();
        const std::int64_t run2 = scoringRun();
        score(run1, a, 3.5);
        score(run1, b, 2.25); // clashes with A's score in run 1
        score(run2, b, 2.75);
        score(run2, c, 1.5);
        const std::int64_t campaign1 = campaign("Spring");
        const std::int64_t campaign2 = campaign("Autumn");
        for (const auto& [campaign, customer] :
             {std::pair{campaign1, a}, {campaign1, b}, {campaign2, b}, {campaign2, c}})
            exec("INSERT INTO campaign_customers (campaign_id, customer_id) VALUES (" +
                 std::to_string(campaign) + ", " + std::to_string(customer) + ")");
    }

    std::int64_t count(const std::string& sql) {
        auto n = m_ws.db().queryInt64(sql);
        if (!n)
            throw std::runtime_error(n.error().message);
        return *n;
    }

    void exec(const std::string& sql) {
        if (Status s = m_ws.db().exec(sql); !s)
            throw std::runtime_error(s.error().message + " in " + sql);
    }

private:
    std::int64_t create(const std::string& code, const std::string& name, const std::string& owner,
                        std::optional<std::string> phone, std::optional<std::string> email,
                        const std::string& contact, std::vector<std::string> tags) {
        storage::CustomerRecord r;
        r.code = code;
        r.name = name;
        r.ownerId = count("SELECT id FROM users WHERE username = '" + owner + "'");
        r.phone = std::move(phone);
        r.email = std::move(email);
        r.idNumber =
            code == "B-002" ? std::optional<std::string>("110101199001011234") : std::nullopt;
        r.address = code == "B-002" ? std::optional<std::string>("1 Example Road") : std::nullopt;
        r.notes = "notes of " + code;
        r.consentChannels = "phone,email";
        r.tags = std::move(tags);
        storage::ContactRecord person;
        person.name = contact;
        person.phone = "138 1111 " + code.substr(2);
        person.isPrimary = true;
        r.contacts.push_back(person);
        auto id = domain::CustomerService(m_ws).create(r);
        if (!id)
            throw std::runtime_error(id.error().message);
        return *id;
    }

    std::int64_t scoringRun() {
        exec("INSERT INTO scoring_runs (started_at, finished_at, as_of_day, profile_version, "
             "customers, details) VALUES (0, 0, 20500, 1, 2, '{}')");
        return m_ws.db().lastInsertRowId();
    }

    void score(std::int64_t run, std::int64_t customer, double rfms) {
        exec("INSERT INTO customer_scores (run_id, customer_id, frequency, monetary, social, "
             "score_r, score_f, score_m, score_s, rfms, segment, cluster, weight_rule, "
             "tier_score, tier) VALUES (" +
             std::to_string(run) + ", " + std::to_string(customer) + ", 1, 100, 0, 3, 3, 3, 1, " +
             std::to_string(rfms) + ", 'Loyal', 0, 'none', " + std::to_string(rfms) + ", 'Gold')");
    }

    std::int64_t campaign(const std::string& name) {
        exec("INSERT INTO campaigns (name, cost_cents, start_day, end_day) VALUES ('" + name +
             "', 1000, 20400, 20500)");
        return m_ws.db().lastInsertRowId();
    }

    domain::Workspace& m_ws;
};

} // namespace tessera::test
