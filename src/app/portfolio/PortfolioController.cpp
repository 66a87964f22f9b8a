#include "app/portfolio/PortfolioController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/BackgroundTask.h"
#include "app/portfolio/PortfolioView.h"
#include "app/session/ExportConnection.h"
#include "domain/customers/CustomerService.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTabWidget>

namespace tessera::app {
namespace {

// Sections: File menu (data in and out), View menu, toolbar.
enum { FileData = 1, ViewCustomers = 0, ToolBarData = 2 };

} // namespace

PortfolioController::PortfolioController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context), m_actions(actions) {
    registerActions(actions);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &PortfolioController::viewsBuilt);
}

void PortfolioController::registerActions(ActionRegistry& actions) {
    const ActionGate database{.needsDatabase = true};
    QAction* exportAction =
        actions.add(QStringLiteral("actionExport"), tr("&Export Portfolio…"),
                    QKeySequence(Qt::CTRL | Qt::Key_E), appIcon(QStringLiteral("export")),
                    {.permission = domain::Action::ExportCustomers});
    connect(exportAction, &QAction::triggered, this, &PortfolioController::exportPortfolio);
    actions.placeInMenu(Menu::File, FileData, exportAction);

    QAction* find = actions.add(QStringLiteral("actionFind"), tr("&Find Customers"),
                                QKeySequence::Find, {}, database);
    connect(find, &QAction::triggered, this, [this] {
        if (PortfolioView* portfolio = m_context.portfolio()) {
            portfolio->searchEdit()->setFocus();
            portfolio->searchEdit()->selectAll();
        }
    });
    QAction* archived =
        actions.add(QStringLiteral("actionShowArchived"), tr("Show &Archived Customers"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), {}, database);
    archived->setCheckable(true);
    connect(archived, &QAction::toggled, this, [this](bool on) {
        if (PortfolioView* portfolio = m_context.portfolio())
            portfolio->archivedFilter()->setChecked(on);
    });
    QAction* details = actions.add(QStringLiteral("actionShowDetails"), tr("Customer &Details"),
                                   QKeySequence(Qt::Key_F9), {}, database);
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, &m_context, &WorkspaceContext::setDetailsVisible);
    connect(&m_context, &WorkspaceContext::detailsVisibleChanged, details, &QAction::setChecked);
    QAction* portfolio = actions.add(QStringLiteral("actionShowPortfolio"), tr("&Portfolio"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), {}, database);
    connect(portfolio, &QAction::triggered, this, [this] {
        if (m_context.tabs() && m_context.portfolio())
            m_context.tabs()->setCurrentWidget(m_context.portfolio());
    });
    QAction* warnings = actions.add(QStringLiteral("actionShowWarnings"), tr("&Warnings"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), {}, database);
    connect(warnings, &QAction::triggered, &m_context, &WorkspaceContext::showWarnings);
    QAction* refresh =
        actions.add(QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh,
                    appIcon(QStringLiteral("refresh")), database);
    connect(refresh, &QAction::triggered, this, [this] { m_context.customerChanged(0); });
    for (QAction* each : {find, archived, details, portfolio, warnings, refresh})
        actions.placeInMenu(Menu::View, ViewCustomers, each);
    actions.placeOnToolBar(ToolBarData, exportAction, tr("Export"));
    actions.placeOnToolBar(ToolBarData, refresh, tr("Refresh"));
}

void PortfolioController::viewsBuilt() {
    connect(m_context.portfolio()->archivedFilter(), &QCheckBox::toggled,
            m_actions.action(QStringLiteral("actionShowArchived")), &QAction::setChecked);
}

void PortfolioController::exportPortfolio() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_context.window(), tr("Export Portfolio"),
                                                      QDir(folder).filePath(tr("portfolio.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportPortfolioTo(path);
}

void PortfolioController::exportPortfolioTo(const QString& path) {
    if (!m_context.portfolio())
        return;
    withExportConnection(
        m_context, domain::CustomerService(*m_context.workspace()).exportNeedsConfirmation(),
        tr("Export Portfolio"),
        tr("The export will contain personal data without masking: names, phone numbers and "
           "email addresses. Enter your password to confirm that it may leave the database."),
        [this, path](std::shared_ptr<domain::Workspace> worker) {
            startExport(std::move(worker), path);
        },
        [this] { emit exportFinished(false); });
}

void PortfolioController::startExport(std::shared_ptr<domain::Workspace> worker,
                                      const QString& path) {
    if (!m_context.portfolio())
        return emit exportFinished(false);
    using ExportResult = Result<std::int64_t>;
    BackgroundTask::start<ExportResult>(
        m_context.window(), tr("Export Portfolio"),
        [worker, filter = m_context.portfolio()->currentFilter(),
         file = ss(path)](const domain::JobControl& job) {
            return domain::CustomerService(*worker).exportCsv(filter, file, job);
        },
        [this, path](ExportResult result) {
            if (!result) {
                showError(m_context.window(), tr("Export Portfolio"), result.error());
                return emit exportFinished(false);
            }
            m_context.showStatus(
                tr("Exported %Ln customer(s) to %1", nullptr, static_cast<int>(*result))
                    .arg(QDir::toNativeSeparators(path)),
                10000);
            emit exportFinished(true);
        });
}

} // namespace tessera::app
