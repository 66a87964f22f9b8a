#include "app/dashboards/DashboardController.h"

#include "app/campaigns/CampaignDialog.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/dashboards/CustomersBehindDialog.h"
#include "app/dashboards/DashboardExport.h"
#include "app/dashboards/DashboardView.h"
#include "app/dashboards/TargetDialog.h"
#include "app/jobs/WorkerJob.h"
#include "app/warnings/WarningsView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { ViewLists = 0 };
// How many customers a drill-down lists; one more tells there are more.
constexpr int kCustomersListed = 200;

} // namespace

DashboardController::DashboardController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* show =
        actions.add(QStringLiteral("actionShowDashboards"), tr("&Dashboards"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), {}, {.needsDatabase = true});
    connect(show, &QAction::triggered, this, &DashboardController::showDashboards);
    actions.placeInMenu(Menu::View, ViewLists, show);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &DashboardController::addView);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, [this] {
        if (WarningsView* warnings = m_context.warningsView())
            connect(warnings, &WarningsView::dashboardsRequested, this,
                    &DashboardController::showDashboards);
    });
    m_wideTab = new WideTab(m_context, this);
    connect(&m_context, &WorkspaceContext::dataChanged, this, [this] {
        if (m_view && m_view->hasLoaded())
            m_view->reload();
    });
}

void DashboardController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    if (!tabs || !workspace)
        return;
    m_view = new DashboardView(*workspace, tabs);
    tabs->addTab(m_view, tr("Dashboards"));
    connect(m_view, &DashboardView::figureClicked, this, &DashboardController::showCustomersBehind);
    connect(m_view, &DashboardView::exportRequested, this, &DashboardController::askAndExport);
    connect(m_view, &DashboardView::campaignRequested, this, &DashboardController::editCampaign);
    connect(m_view, &DashboardView::targetRequested, this, &DashboardController::setTarget);
    m_wideTab->watch(tabs, m_view);
}

void DashboardController::showDashboards() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

void DashboardController::showCustomersBehind(const domain::KpiRequest& request,
                                              storage::KpiRepository::Source source,
                                              const std::string& key, const QString& title) {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    const QString heading = key.empty() ? title : QStringLiteral("%1: %2").arg(title, qs(key));
    runOnWorker<std::vector<std::int64_t>>(
        this, *workspace,
        [request, source, key](domain::Workspace& ws) {
            return domain::KpiService(ws).customersBehind(request, source, key,
                                                          kCustomersListed + 1);
        },
        [this, heading](Result<std::vector<std::int64_t>> ids) {
            domain::Workspace* ws = m_context.workspace();
            if (!ws)
                return;
            if (!ids)
                return (void)showError(m_context.window(), tr("Dashboards"), ids.error());
            const bool truncated = static_cast<int>(ids->size()) > kCustomersListed;
            if (truncated)
                ids->resize(kCustomersListed);
            auto* dialog =
                new CustomersBehindDialog(*ws, heading, *ids, truncated, m_context.viewsParent());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CustomersBehindDialog::customerActivated, &m_context,
                    &WorkspaceContext::openCustomer);
            dialog->show();
        });
}

void DashboardController::editCampaign(std::int64_t campaignId) {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace || !m_view)
        return;
    std::optional<storage::CampaignRecord> editing;
    if (campaignId != 0) {
        auto found = domain::CampaignService(*workspace).find(campaignId);
        if (!found)
            return (void)showError(m_context.window(), tr("Dashboards"), found.error());
        editing = *found;
    }
    CampaignDialog dialog(*workspace, editing, m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.showStatus(tr("Campaign %1 saved.").arg(dialog.savedId()), 5000);
    m_view->reload();
}

void DashboardController::setTarget() {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace || !m_view)
        return;
    TargetDialog dialog(*workspace, m_view->request().period, m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_view->reload();
}

Status DashboardController::exportTo(const QString& path, bool pdf) {
    if (!m_view)
        return makeError(ErrorCode::NotFound, tr("No dashboard is open.").toStdString());
    return pdf ? exportDashboardPdf(*m_view, path) : exportDashboardPng(*m_view, path);
}

void DashboardController::askAndExport(bool pdf) {
    const QString suggested = QDir::home().filePath(pdf ? QStringLiteral("dashboard.pdf")
                                                        : QStringLiteral("dashboard.png"));
    const QString path = QFileDialog::getSaveFileName(
        m_context.window(), pdf ? tr("Export Dashboard as PDF") : tr("Export Dashboard as PNG"),
        suggested, pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path, pdf); !s)
        return (void)showError(m_context.window(), tr("Dashboards"), s.error());
    m_context.showStatus(tr("Dashboard saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace tessera::app
