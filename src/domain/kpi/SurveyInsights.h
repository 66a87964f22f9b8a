#pragma once

// What a period's surveys say beyond their averages (docs/kpis.md):
// Cronbach's alpha per CRMV dimension, flagged under the profile's minimum
// (0.85), and the key drivers of likelihood to recommend: the relative
// importance of the five dimensions and CES (Johnson's relative weights),
// set against how well each performs, so that what matters most and scores
// worst comes first.

#include "common/Result.h"
#include "domain/kpi/KpiService.h"

#include <QCoreApplication>

namespace tessera::domain {

struct DimensionReliability {
    int dimension = 1;            // 1..5
    std::string key;              // personalised ...
    int items = 0;                // items answered by anyone
    std::int64_t respondents = 0; // who answered every one of them
    double alpha = kNaN;
    bool flagged = false; // alpha below the minimum (an undefined alpha is not flagged)
};

struct Driver {
    std::string key;           // a dimension's key, or "ces"
    double importance = kNaN;  // share of the explained variance, 0..1
    double rawWeight = kNaN;   // its part of R squared
    double performance = kNaN; // mean on 1..7, higher better
    // act_first (important, weak), keep_up (important, strong),
    // low_priority (less important, weak), possible_overkill (less important, strong)
    std::string quadrant;
};

struct KeyDrivers {
    std::int64_t respondents = 0; // responses with NPS and every driver answered
    double rSquared = kNaN;
    std::vector<Driver> drivers; // by importance, highest first
};

class SurveyInsights {
    Q_DECLARE_TR_FUNCTIONS(SurveyInsights)

public:
    explicit SurveyInsights(Workspace& workspace) : m_ws(workspace) {}

    Result<std::vector<DimensionReliability>> reliability(const KpiRequest& request);
    Result<KeyDrivers> drivers(const KpiRequest& request);

    static QString quadrantLabel(const std::string& quadrant);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
