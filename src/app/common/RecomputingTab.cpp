#include "app/common/RecomputingTab.h"

#include <QTabWidget>

namespace tessera::app {

RecomputingTab::RecomputingTab(WorkspaceContext& context, QObject* parent) : QObject(parent) {
    connect(&context, &WorkspaceContext::dataChanged, this, &RecomputingTab::dataChanged);
}

void RecomputingTab::watch(QTabWidget* tabs, QWidget* view, std::function<bool()> loaded,
                           std::function<void()> reload) {
    m_view = view;
    m_loaded = std::move(loaded);
    m_reload = std::move(reload);
    m_stale = false; // a new view computes when first shown
    disconnect(m_tabChanges);
    m_tabChanges = connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (m_view && m_stale && tabs->currentWidget() == m_view) {
            m_stale = false;
            m_reload();
        }
    });
}

void RecomputingTab::dataChanged() {
    if (!m_view || !m_loaded())
        return;
    if (m_view->isVisible())
        m_reload();
    else
        m_stale = true;
}

} // namespace tessera::app
