#pragma once

// The dashboards on the main window: their tab (View > Dashboards), the
// customers behind a clicked figure, and the PNG and PDF exports.

#include "app/common/ActionRegistry.h"
#include "app/common/WideTab.h"
#include "app/common/WorkspaceContext.h"
#include "app/dashboards/DashboardView.h"
#include "domain/kpi/KpiService.h"

#include <QPointer>

namespace tessera::app {

class DashboardController : public QObject {
    Q_OBJECT

public:
    DashboardController(WorkspaceContext& context, ActionRegistry& actions);

    DashboardView* view() const { return m_view; }
    void showDashboards();
    // Exports the dashboard to `path` (the dialogs call it with the file the user chose).
    Status exportTo(const QString& path, bool pdf);

private:
    void addView();
    void showCustomersBehind(const domain::KpiRequest& request,
                             storage::KpiRepository::Source source, const std::string& key,
                             const QString& title);
    void askAndExport(bool pdf);
    // New (0) or existing campaign; a KPI target for the dashboard's period.
    void editCampaign(std::int64_t campaignId);
    void setTarget();

    WorkspaceContext& m_context;
    QPointer<DashboardView> m_view;
    WideTab* m_wideTab = nullptr; // the 360 view steps aside while the tab is shown
};

} // namespace tessera::app
