#include "app/duplicates/DuplicatesController.h"

#include "app/duplicates/DuplicatesView.h"

#include <QAction>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { ViewLists = 0 };

} // namespace

DuplicatesController::DuplicatesController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* show = actions.add(QStringLiteral("actionShowDuplicates"), tr("D&uplicate Customers"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), {},
                                {.needsDatabase = true,
                                 .permission = domain::Action::ReviewDataQuality,
                                 .hideUnlessPermitted = true});
    connect(show, &QAction::triggered, this, &DuplicatesController::showDuplicates);
    actions.placeInMenu(Menu::View, ViewLists, show);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &DuplicatesController::addView);
    m_wideTab = new WideTab(m_context, this);
    m_recompute = new RecomputingTab(m_context, this);
}

void DuplicatesController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    m_view = nullptr;
    if (!tabs || !workspace)
        return;
    if (!domain::AccessPolicy::check(workspace->session(), domain::Action::ReviewDataQuality))
        return;
    m_view = new DuplicatesView(*workspace, tabs);
    m_view->setMergeAvailable(m_mergeAvailable);
    tabs->addTab(m_view, tr("Duplicates"));
    connect(m_view, &DuplicatesView::customerActivated, &m_context,
            &WorkspaceContext::openCustomer);
    connect(m_view, &DuplicatesView::mergeRequested, this, &DuplicatesController::mergeRequested);
    DuplicatesView* view = m_view;
    m_recompute->watch(
        tabs, view, [view] { return view->hasLoaded(); }, [view] { view->reload(); });
    m_wideTab->watch(tabs, m_view);
}

DuplicatesView* DuplicatesController::view() const {
    return m_view;
}

void DuplicatesController::showDuplicates() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

void DuplicatesController::setMergeAvailable(bool available) {
    m_mergeAvailable = available;
    if (m_view)
        m_view->setMergeAvailable(available);
}

} // namespace tessera::app
