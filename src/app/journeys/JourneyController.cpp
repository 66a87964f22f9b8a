#include "app/journeys/JourneyController.h"

#include "app/common/MessageBoxes.h"
#include "app/common/ToolDialog.h"
#include "app/journeys/JourneyCardDialog.h"
#include "app/journeys/JourneyCompareDialog.h"
#include "app/journeys/JourneyExport.h"
#include "app/journeys/JourneyMapScene.h"
#include "app/journeys/JourneySnapshotSaveDialog.h"
#include "app/journeys/JourneyStagesDialog.h"
#include "app/journeys/JourneyView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { ViewLists = 0 };

} // namespace

JourneyController::JourneyController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // Ctrl+Shift+J is View > Tickets already; M for the map.
    QAction* show =
        actions.add(QStringLiteral("actionShowJourneys"), tr("&Journey Map"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), {}, {.needsDatabase = true});
    connect(show, &QAction::triggered, this, &JourneyController::showJourneys);
    actions.placeInMenu(Menu::View, ViewLists, show);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &JourneyController::addView);
    m_wideTab = new WideTab(m_context, this);
    connect(&m_context, &WorkspaceContext::dataChanged, this, [this] {
        if (m_view && m_view->hasLoaded())
            m_view->reload();
    });
}

void JourneyController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    if (!tabs || !workspace)
        return;
    m_view = new JourneyView(*workspace, tabs);
    tabs->addTab(m_view, tr("Journeys"));
    connect(m_view, &JourneyView::cardClicked, this,
            [this](const domain::JourneyRequest& request, std::int64_t touchpointId,
                   const QString& title) {
                domain::Workspace* ws = m_context.workspace();
                if (!ws)
                    return;
                auto* dialog = new JourneyCardDialog(*ws, request, touchpointId, title,
                                                     m_context.viewsParent());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &JourneyCardDialog::customerActivated, &m_context,
                        &WorkspaceContext::openCustomer);
                dialog->show();
            });
    connect(m_view, &JourneyView::exportRequested, this, &JourneyController::askAndExport);
    connect(m_view, &JourneyView::saveSnapshotRequested, this, &JourneyController::saveSnapshot);
    connect(m_view, &JourneyView::compareRequested, this, &JourneyController::compareSnapshots);
    connect(m_view, &JourneyView::editStagesRequested, this, &JourneyController::editStages);
    m_wideTab->watch(tabs, m_view);
}

JourneyView* JourneyController::view() const {
    return m_view;
}

void JourneyController::showJourneys() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

Status JourneyController::exportTo(const QString& path) {
    if (!m_view || !m_view->hasLoaded())
        return makeError(ErrorCode::NotFound, tr("No journey map is shown.").toStdString());
    return exportJourneyMap(*m_view->scene(), path, tr("Journey map, %1").arg(m_view->describe()));
}

void JourneyController::askAndExport() {
    if (!m_view)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("journey-map-%1.png").arg(QString::fromStdString(m_view->map().period)));
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        m_context.window(), tr("Export Journey Map"), suggested,
        tr("PNG images (*.png);;SVG drawings (*.svg);;PDF files (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    // The format follows the suffix; a name typed without one takes the filter's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.svg"))   ? QStringLiteral(".svg")
                : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                          : QStringLiteral(".png");
    if (Status s = exportTo(path); !s)
        return (void)showError(m_context.window(), tr("Journey Map"), s.error());
    m_context.showStatus(tr("Journey map saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void JourneyController::saveSnapshot() {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace || !m_view || !m_view->hasLoaded())
        return;
    auto* dialog = new JourneySnapshotSaveDialog(
        *workspace, m_view->map(), m_view->suggestedSnapshotName(), m_context.viewsParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JourneySnapshotSaveDialog::saved, this, [this](const QString& name) {
        m_context.showStatus(tr("Snapshot %1 saved.").arg(name), 5000);
    });
    dialog->open();
}

void JourneyController::compareSnapshots() {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    showToolDialog<JourneyCompareDialog>(m_compare, [this, workspace] {
        return new JourneyCompareDialog(*workspace, m_context.viewsParent());
    });
}

void JourneyController::editStages() {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    auto* dialog = new JourneyStagesDialog(*workspace, m_context.viewsParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changed() && m_view)
            m_view->reload();
    });
    dialog->open();
}

} // namespace tessera::app
