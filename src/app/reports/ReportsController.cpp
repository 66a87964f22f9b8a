#include "app/reports/ReportsController.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/BackgroundTask.h"
#include "app/reports/TierReportDialog.h"
#include "app/session/ExportConnection.h"
#include "domain/reports/TierReportService.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>

namespace tessera::app {

ReportsController::ReportsController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // Roles that may export reports only: the others do not see it (nor the menu).
    QAction* tierReport =
        actions.add(QStringLiteral("actionTierReport"), tr("&Tier Report…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), {},
                    {.permission = domain::Action::ExportReports, .hideUnlessPermitted = true});
    connect(tierReport, &QAction::triggered, this, &ReportsController::openTierReport);
    actions.placeInMenu(Menu::Reports, 0, tierReport);
}

TierReportDialog* ReportsController::openTierReport() {
    if (!m_context.viewsUp())
        return nullptr;
    auto* dialog = new TierReportDialog(*m_context.detailWorker(), m_context.viewsParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportTierReport(dialog->request(), dialog->format(), dialog->path());
    });
    dialog->open();
    return dialog;
}

void ReportsController::exportTierReport(const domain::TierReportRequest& request,
                                         const QString& format, const QString& path) {
    if (!m_context.workspace())
        return;
    withExportConnection(
        m_context, domain::TierReportService(*m_context.workspace()).exportNeedsConfirmation(),
        tr("Tier Report"),
        tr("The tier report will contain the names of persons without masking. Enter your "
           "password to confirm that they may leave the database."),
        [this, request, format, path](std::shared_ptr<domain::Workspace> worker) {
            startTierReport(std::move(worker), request, format, path);
        },
        [this] { emit tierReportFinished(false); });
}

void ReportsController::startTierReport(std::shared_ptr<domain::Workspace> worker,
                                        const domain::TierReportRequest& request,
                                        const QString& format, const QString& path) {
    using ReportResult = Result<domain::TierReportExport>;
    BackgroundTask::start<ReportResult>(
        m_context.window(), tr("Tier Report"),
        [worker, request, format = ss(format), file = ss(path)](const domain::JobControl& job) {
            return domain::TierReportService(*worker).exportReport(request, format, file, job);
        },
        [this, path](ReportResult result) {
            if (!result && result.error().code == ErrorCode::Cancelled) {
                m_context.showStatus(tr("Tier report cancelled; no file was written."), 10000);
                return emit tierReportFinished(false);
            }
            if (!result) {
                showError(m_context.window(), tr("Tier Report"), result.error());
                return emit tierReportFinished(false);
            }
            m_context.showStatus(tr("Tier report of %Ln customer(s) written to %1", nullptr,
                                    static_cast<int>(result->customers))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
            emit tierReportFinished(true);
        });
}

} // namespace tessera::app
