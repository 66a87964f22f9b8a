#pragma once

// A tab that needs the window's width (the dashboards, the journey map):
// while it is the current tab the customer 360 panel steps aside, and it
// comes back when another tab is chosen, unless the user hid it themselves
// or showed it again meanwhile.

#include "app/common/WorkspaceContext.h"

#include <QObject>
#include <QPointer>

class QTabWidget;

namespace tessera::app {

class WideTab : public QObject {
    Q_OBJECT

public:
    WideTab(WorkspaceContext& context, QObject* parent);
    // Watches `tabs` for `view` becoming current (call once the view exists).
    void watch(QTabWidget* tabs, QWidget* view);

private:
    WorkspaceContext& m_context;
    QPointer<QWidget> m_view;
    bool m_detailsVisible = true;
    bool m_restoreDetails = false;
};

} // namespace tessera::app
