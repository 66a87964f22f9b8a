#pragma once

// The journey tests' data, entered through the domain as a user would: a
// clock fixed at 2026-08-15 noon in the database's zone (so the last whole
// quarter is 2026Q2 at any hour in any zone) and, in 2026Q2, interactions at
// four touchpoints with surveys tied to three of them:
//   Awareness / Website visit        4 calls,                      CSAT 5, 5
//   Evaluation and purchase / Quotation  2 emails,                 no responses
//   Use / Onboarding                 1 meeting,                    CSAT 3
//   After-sales / Service hotline    4 calls of which 2 complaints, CSAT 1, 1
// A-001's latest interaction is at the Service hotline (After-sales).

#include "GuiTestSupport.h"
#include "domain/interactions/InteractionService.h"
#include "domain/surveys/SurveyService.h"

#include <stdexcept>

namespace tessera::test {

inline std::int32_t journeyDay(const char* iso) {
    return *domain::Calendar::parseDay(iso);
}

// Noon of 2026-08-15 in the database's zone, as the workspace's clock.
inline void fixJourneyClock(domain::Workspace& ws) {
    const std::int64_t now = ws.calendar().startOfDayMs(journeyDay("2026-08-15")) + 12 * 3600000LL;
    ws.setClock([now] { return now; });
}

inline void addJourneyInteraction(domain::Workspace& ws, const std::string& code,
                                  const char* isoDay, const std::string& touchpoint,
                                  const std::string& kind = "call",
                                  const std::string& channel = "phone") {
    domain::InteractionDraft d;
    d.customerId = customerByCode(ws, code).id;
    d.channel = channel;
    d.kind = kind;
    d.direction = "inbound";
    d.touchpoint = touchpoint;
    d.at = ws.calendar().startOfDayMs(journeyDay(isoDay)) + 10 * 3600000LL;
    auto added = domain::InteractionService(ws).add(d, true);
    if (!added)
        throw std::runtime_error("interaction: " + added.error().message);
}

inline void addJourneySurvey(domain::Workspace& ws, const std::string& code, const char* isoDay,
                             const std::string& touchpoint, int csat) {
    domain::SurveyDraft d;
    d.customerId = customerByCode(ws, code).id;
    d.day = journeyDay(isoDay);
    d.csat = csat;
    d.touchpoint = touchpoint;
    auto added = domain::SurveyService(ws).add(d);
    if (!added)
        throw std::runtime_error("survey: " + added.error().message);
}

// The data above, as the administrator, in the database at `path`.
inline void addJourneyData(const std::string& path) {
    auto ws = openAs(path, "admin");
    fixJourneyClock(*ws);
    for (const char* code : {"A-001", "A-002", "B-001", "B-002"})
        addJourneyInteraction(*ws, code, "2026-04-10", "Website visit", "call", "web");
    addJourneyInteraction(*ws, "A-001", "2026-04-20", "Quotation", "email", "email");
    addJourneyInteraction(*ws, "B-001", "2026-04-21", "Quotation", "email", "email");
    addJourneyInteraction(*ws, "A-002", "2026-05-02", "Onboarding", "meeting", "visit");
    addJourneyInteraction(*ws, "A-001", "2026-06-01", "Service hotline", "complaint");
    addJourneyInteraction(*ws, "B-001", "2026-06-02", "Service hotline", "complaint");
    addJourneyInteraction(*ws, "A-002", "2026-06-03", "Service hotline");
    addJourneyInteraction(*ws, "A-001", "2026-06-20", "Service hotline");
    addJourneySurvey(*ws, "A-001", "2026-04-11", "Website visit", 5);
    addJourneySurvey(*ws, "B-002", "2026-04-12", "Website visit", 5);
    addJourneySurvey(*ws, "A-002", "2026-05-03", "Onboarding", 3);
    addJourneySurvey(*ws, "A-001", "2026-06-02", "Service hotline", 1);
    addJourneySurvey(*ws, "B-001", "2026-06-03", "Service hotline", 1);
}

} // namespace tessera::test
