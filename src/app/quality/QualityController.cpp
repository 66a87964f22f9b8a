#include "app/quality/QualityController.h"

#include "app/quality/QualityView.h"

#include <QAction>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { ViewLists = 0 };

} // namespace

QualityController::QualityController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    // Ctrl+Shift+Q: Q for quality; Ctrl+Q alone quits.
    QAction* show = actions.add(QStringLiteral("actionShowDataQuality"), tr("Data &Quality"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), {},
                                {.needsDatabase = true,
                                 .permission = domain::Action::ReviewDataQuality,
                                 .hideUnlessPermitted = true});
    connect(show, &QAction::triggered, this, &QualityController::showQuality);
    actions.placeInMenu(Menu::View, ViewLists, show);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &QualityController::addView);
    m_wideTab = new WideTab(m_context, this);
    m_recompute = new RecomputingTab(m_context, this);
}

void QualityController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    m_view = nullptr;
    if (!tabs || !workspace)
        return;
    // Account managers have no tab at all (the domain refuses them anyway).
    if (!domain::AccessPolicy::check(workspace->session(), domain::Action::ReviewDataQuality))
        return;
    m_view = new QualityView(*workspace, tabs);
    tabs->addTab(m_view, tr("Data Quality"));
    connect(m_view, &QualityView::customerActivated, &m_context, &WorkspaceContext::openCustomer);
    QualityView* view = m_view;
    m_recompute->watch(
        tabs, view, [view] { return view->hasLoaded(); }, [view] { view->reload(); });
    m_wideTab->watch(tabs, m_view);
}

QualityView* QualityController::view() const {
    return m_view;
}

void QualityController::showQuality() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

} // namespace tessera::app
