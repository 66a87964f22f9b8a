#pragma once

// The worked example of docs/journeys.md: six customers and their
// interactions, surveys and tickets in May 2026 on the default journey, so
// that every figure of the map can be computed by hand.
//
//   J1 am1  05-02 Advertising, 05-05 Sales consultation, 05-08 Quotation,
//           05-20 Service hotline (complaint); and 04-28 Advertising (April)
//   J2 am1  05-03 Website visit, 05-10 Onboarding, 05-12 Service hotline
//           (complaint), 05-15 Service hotline; health 30 (at risk)
//   J3 am2  05-04 Sales consultation, 05-06 Onboarding, 05-25 Recommendation
//   J4 am3  05-07 Service hotline, 05-09 a call with no touchpoint; churned
//   J5 am1  nothing
//   J6 am2  05-11 Advertising, 05-13 Sales consultation
//
//   Surveys (CSAT/NPS): Sales consultation J1 4/9, J3 2/6; Service hotline
//   J2 1/2, J4 3/7, J1 2/-; Onboarding J3 5/10; Advertising J6 4/-;
//   Quotation J1 -/8; J5 1/- without a touchpoint; Website visit J2 1/- in April.
//   Tickets: Service hotline J2 05-12 10:00 answered after 3 h, J4 05-07
//   09:00 after 5 h; Website visit J2 05-03 unanswered; one without a touchpoint.

#include "domain/journeymaps/JourneyService.h"
#include "support/DayFixture.h"

#include <map>

namespace tessera::test {

class JourneyExample : public DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        auto ws = as("admin");
        for (auto [code, owner] : {std::pair{"J1", "am1"},
                                   {"J2", "am1"},
                                   {"J3", "am2"},
                                   {"J4", "am3"},
                                   {"J5", "am1"},
                                   {"J6", "am2"}})
            ids[code] = customer(*ws, code, owner);
        interaction(*ws, "J1", "2026-04-28 10:00", "Advertising");
        interaction(*ws, "J1", "2026-05-02 10:00", "Advertising");
        interaction(*ws, "J1", "2026-05-05 10:00", "Sales consultation");
        interaction(*ws, "J1", "2026-05-08 10:00", "Quotation");
        interaction(*ws, "J1", "2026-05-20 10:00", "Service hotline", "complaint");
        interaction(*ws, "J2", "2026-05-03 10:00", "Website visit");
        interaction(*ws, "J2", "2026-05-10 10:00", "Onboarding");
        interaction(*ws, "J2", "2026-05-12 09:00", "Service hotline", "complaint");
        interaction(*ws, "J2", "2026-05-15 10:00", "Service hotline");
        interaction(*ws, "J3", "2026-05-04 10:00", "Sales consultation");
        interaction(*ws, "J3", "2026-05-06 10:00", "Onboarding");
        interaction(*ws, "J3", "2026-05-25 10:00", "Recommendation");
        interaction(*ws, "J4", "2026-05-07 10:00", "Service hotline");
        interaction(*ws, "J4", "2026-05-09 10:00", "");
        interaction(*ws, "J6", "2026-05-11 10:00", "Advertising");
        interaction(*ws, "J6", "2026-05-13 10:00", "Sales consultation");
        survey(*ws, "J1", "2026-05-06", "Sales consultation", "4", "9");
        survey(*ws, "J3", "2026-05-05", "Sales consultation", "2", "6");
        survey(*ws, "J2", "2026-05-16", "Service hotline", "1", "2");
        survey(*ws, "J4", "2026-05-08", "Service hotline", "3", "7");
        survey(*ws, "J1", "2026-05-21", "Service hotline", "2", "NULL");
        survey(*ws, "J3", "2026-05-07", "Onboarding", "5", "10");
        survey(*ws, "J6", "2026-05-12", "Advertising", "4", "NULL");
        survey(*ws, "J1", "2026-05-09", "Quotation", "NULL", "8");
        survey(*ws, "J5", "2026-05-10", "", "1", "NULL");
        survey(*ws, "J2", "2026-04-20", "Website visit", "1", "NULL");
        ticket(*ws, "J2", "2026-05-12 10:00", "Service hotline", 3);
        ticket(*ws, "J4", "2026-05-07 09:00", "Service hotline", 5);
        ticket(*ws, "J2", "2026-05-03 11:00", "Website visit", -1);
        ticket(*ws, "J3", "2026-05-04 11:00", "", 1);
        exec(*ws, "UPDATE customers SET lifecycle = 'churned' WHERE code = 'J4'");
        exec(*ws, "UPDATE customers SET health = 30 WHERE code = 'J2'");
    }

    void exec(domain::Workspace& ws, const std::string& sql) {
        if (!ws.db().exec(sql))
            throw std::runtime_error("example: " + sql);
    }

    static std::string touchpoint(const std::string& name) {
        return name.empty() ? "NULL" : "(SELECT id FROM touchpoints WHERE name = '" + name + "')";
    }

    void interaction(domain::Workspace& ws, const std::string& code, const std::string& at,
                     const std::string& touchpointName, const std::string& kind = "call") {
        const std::int64_t ms = instant(ws, at);
        exec(ws, "INSERT INTO interactions (customer_id, at, day, channel, kind, direction, "
                 "touchpoint_id) VALUES (" +
                     std::to_string(ids.at(code)) + ", " + std::to_string(ms) + ", " +
                     std::to_string(ws.calendar().dayOf(ms)) + ", 'phone', '" + kind +
                     "', 'inbound', " + touchpoint(touchpointName) + ")");
    }

    void survey(domain::Workspace& ws, const std::string& code, const std::string& date,
                const std::string& touchpointName, const std::string& csat,
                const std::string& nps) {
        exec(ws, "INSERT INTO survey_responses (customer_id, day, csat, nps, touchpoint_id) "
                 "VALUES (" +
                     std::to_string(ids.at(code)) + ", " +
                     std::to_string(*domain::Calendar::parseDay(date)) + ", " + csat + ", " + nps +
                     ", " + touchpoint(touchpointName) + ")");
    }

    // `responseHours` < 0: not answered yet.
    void ticket(domain::Workspace& ws, const std::string& code, const std::string& opened,
                const std::string& touchpointName, int responseHours) {
        const std::int64_t at = instant(ws, opened);
        const std::string response =
            responseHours < 0 ? "NULL" : std::to_string(at + responseHours * 3'600'000LL);
        exec(ws, "INSERT INTO tickets (customer_id, opened_at, category, subject, touchpoint_id, "
                 "first_response_at) VALUES (" +
                     std::to_string(ids.at(code)) + ", " + std::to_string(at) +
                     ", 'service', 'example', " + touchpoint(touchpointName) + ", " + response +
                     ")");
    }

    static domain::JourneyRequest may() {
        domain::JourneyRequest r;
        r.period = *domain::KpiPeriod::parse("2026-05");
        return r;
    }

    std::map<std::string, std::int64_t> ids;
};

} // namespace tessera::test
