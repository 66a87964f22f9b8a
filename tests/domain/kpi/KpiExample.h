#pragma once

// The worked example of docs/kpis.md: six customers, their purchases in
// March to May 2026, their surveys and tickets in May, so every KPI of May
// (and of the breakdown by owner) can be computed by hand. The figures the
// tests expect are worked out in docs/kpis.md.
//
//   K1 am1  bought 2026-04-10 100.00; 2026-05-05 200.00; 2026-05-20 50.00
//   K2 am1  bought 2026-04-15 80.00
//   K3 am1  bought 2026-05-12 300.00 (its first purchase); refund 2026-05-25 -40.00
//   K4 am2  bought 2026-03-01 60.00; 2026-05-03 120.00
//   K5 am3  bought 2026-04-02 30.00; 2026-05-02 30.00
//   K6 am1  never bought
//
//   May surveys (NPS, CSAT, CES): K1 10/5/2 with personalised items 6 and 7;
//   K2 9/4/3; K3 7/3/-; K4 3/2/6; K5 8/4/1; K6 -/5/-.
//   May tickets: K1 complaint, answered after 2 h, resolved; K4 answered
//   after 5 h, open; K5 complaint, answered after 4 h, resolved.

#include "support/DayFixture.h"

#include <map>

namespace tessera::test {

class KpiExample : public DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        auto ws = as("admin");
        for (auto [code, owner] : {std::pair{"K1", "am1"},
                                   {"K2", "am1"},
                                   {"K3", "am1"},
                                   {"K4", "am2"},
                                   {"K5", "am3"},
                                   {"K6", "am1"}})
            ids[code] = customer(*ws, code, owner);
        buy(*ws, "K1", "2026-04-10", 10000);
        buy(*ws, "K1", "2026-05-05", 20000);
        buy(*ws, "K1", "2026-05-20", 5000);
        buy(*ws, "K2", "2026-04-15", 8000);
        buy(*ws, "K3", "2026-05-12", 30000);
        buy(*ws, "K3", "2026-05-25", -4000);
        buy(*ws, "K4", "2026-03-01", 6000);
        buy(*ws, "K4", "2026-05-03", 12000);
        buy(*ws, "K5", "2026-04-02", 3000);
        buy(*ws, "K5", "2026-05-02", 3000);
        const std::int64_t k1 = survey(*ws, "K1", "2026-05-06", "10", "5", "2");
        exec(*ws, "INSERT INTO survey_answers VALUES (" + std::to_string(k1) + ", 1, 1, 6), (" +
                      std::to_string(k1) + ", 1, 2, 7)");
        survey(*ws, "K2", "2026-05-07", "9", "4", "3");
        survey(*ws, "K3", "2026-05-13", "7", "3", "NULL");
        survey(*ws, "K4", "2026-05-14", "3", "2", "6");
        survey(*ws, "K5", "2026-05-15", "8", "4", "1");
        survey(*ws, "K6", "2026-05-16", "NULL", "5", "NULL");
        ticket(*ws, "K1", "2026-05-10 09:00", true, 2, true);
        ticket(*ws, "K4", "2026-05-11 09:00", false, 5, false);
        ticket(*ws, "K5", "2026-05-12 09:00", true, 4, true);
    }

    void exec(domain::Workspace& ws, const std::string& sql) {
        if (!ws.db().exec(sql))
            throw std::runtime_error("example: " + sql);
    }

    static std::string day(const std::string& date) {
        return std::to_string(*domain::Calendar::parseDay(date));
    }

    void buy(domain::Workspace& ws, const std::string& code, const std::string& date,
             std::int64_t cents) {
        exec(ws, "INSERT INTO transactions (customer_id, day, id, amount_cents) VALUES (" +
                     std::to_string(ids.at(code)) + ", " + day(date) + ", " +
                     std::to_string(++transactions) + ", " + std::to_string(cents) + ")");
    }

    std::int64_t survey(domain::Workspace& ws, const std::string& code, const std::string& date,
                        const std::string& nps, const std::string& csat, const std::string& ces) {
        exec(ws, "INSERT INTO survey_responses (customer_id, day, nps, csat, ces) VALUES (" +
                     std::to_string(ids.at(code)) + ", " + day(date) + ", " + nps + ", " + csat +
                     ", " + ces + ")");
        return ws.db().lastInsertRowId();
    }

    void ticket(domain::Workspace& ws, const std::string& code, const std::string& opened,
                bool complaint, int responseHours, bool resolved) {
        const std::int64_t at = instant(ws, opened);
        const std::int64_t response = at + responseHours * 3'600'000LL;
        exec(ws, "INSERT INTO tickets (customer_id, opened_at, category, is_complaint, status,"
                 " subject, first_response_at, resolved_at) VALUES (" +
                     std::to_string(ids.at(code)) + ", " + std::to_string(at) + ", 'quality', " +
                     (complaint ? "1" : "0") + ", " + (resolved ? "'resolved'" : "'assigned'") +
                     ", 'example', " + std::to_string(response) + ", " +
                     (resolved ? std::to_string(response + 3'600'000LL) : "NULL") + ")");
    }

    std::map<std::string, std::int64_t> ids;
    std::int64_t transactions = 0;
};

} // namespace tessera::test
