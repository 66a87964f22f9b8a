#pragma once

// Reports > Tier Report: the dialog, and the export it asks for in the
// background with progress and cancel, after the password when persons'
// names leave unmasked.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "domain/reports/TierReport.h"

namespace tessera::app {

class TierReportDialog;

class ReportsController : public QObject {
    Q_OBJECT

public:
    ReportsController(WorkspaceContext& context, ActionRegistry& actions);

    TierReportDialog* openTierReport();
    // The export without the dialog (the tests call it).
    void exportTierReport(const domain::TierReportRequest& request, const QString& format,
                          const QString& path);

signals:
    void tierReportFinished(bool ok);

private:
    void startTierReport(std::shared_ptr<domain::Workspace> worker,
                         const domain::TierReportRequest& request, const QString& format,
                         const QString& path);

    WorkspaceContext& m_context;
};

} // namespace tessera::app
