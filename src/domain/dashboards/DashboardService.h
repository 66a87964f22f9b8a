#pragma once

// Everything the Satisfaction, Service and ROI dashboards show for one
// request, computed in one go on a worker connection: the period's figures
// with their breakdown, the previous period, targets and alerts, the survey
// trend by month and by quarter, the key drivers, revenue by tier and the
// campaigns that ran in the period with their return.

#include "domain/campaigns/CampaignService.h"
#include "domain/kpi/KpiTargets.h"
#include "domain/kpi/SurveyInsights.h"

#include <QCoreApplication>

namespace tessera::domain {

struct TrendPoint {
    std::string label;  // "2026-10" or "2026Q3"
    KpiFigures figures; // survey figures only (NPS, CSAT, CES, responses)
};

struct Dashboard {
    KpiReport current; // grouped as asked
    KpiFigures previous;
    // A period still running counts up to today, and the period before to as
    // many days (withComparison); nullopt: whole periods.
    std::optional<std::int32_t> through;
    std::optional<std::int32_t> previousThrough;
    std::vector<storage::KpiTarget> targets;
    std::vector<KpiAlert> alerts;
    std::vector<TrendPoint> monthly;   // the 12 months ending with the period
    std::vector<TrendPoint> quarterly; // the 8 quarters ending with it
    KeyDrivers drivers;
    std::vector<KpiFigures> byTier;     // revenue by tier
    std::vector<CampaignRoi> campaigns; // overlapping the period; empty for account managers
};

class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    explicit DashboardService(Workspace& workspace) : m_ws(workspace) {}

    Result<Dashboard> build(const KpiRequest& request);

    // The period of `kind` a dashboard opens on: today's if answers come in
    // today's period, else the last period the survey answers in scope cover
    // to its end (so imported history shows at once, and whole).
    Result<KpiPeriod> defaultPeriod(KpiPeriod::Kind kind);

private:
    Result<std::vector<TrendPoint>> trend(const KpiRequest& request, KpiPeriod::Kind kind,
                                          int periods);

    Workspace& m_ws;
};

} // namespace tessera::domain
