#include "app/common/WideTab.h"

#include <QTabWidget>

namespace tessera::app {

WideTab::WideTab(WorkspaceContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context, &WorkspaceContext::detailsVisibleChanged, this, [this](bool visible) {
        m_detailsVisible = visible;
        if (visible)
            m_restoreDetails = false; // shown again by the user or by opening a customer
    });
}

void WideTab::watch(QTabWidget* tabs, QWidget* view) {
    m_view = view;
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == m_view && m_detailsVisible) {
            m_context.setDetailsVisible(false);
            m_restoreDetails = true;
        } else if (tabs->currentWidget() != m_view && m_restoreDetails) {
            m_restoreDetails = false;
            m_context.setDetailsVisible(true);
        }
    });
}

} // namespace tessera::app
