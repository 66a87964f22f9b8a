#pragma once

// My Day on the main window: its tab, first for account managers and
// supervisors when they sign in (View > My Day), and New Follow-up on the
// selected customer (Edit menu).

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "app/myday/MyDayView.h"
#include "domain/myday/MyDayService.h"

#include <QPointer>

namespace tessera::app {

class MyDayView;

class MyDayController : public QObject {
    Q_OBJECT

public:
    MyDayController(WorkspaceContext& context, ActionRegistry& actions);

    MyDayView* view() const { return m_view; }
    void showMyDay();
    void newFollowUp();

private:
    void addView();
    void reschedule(const domain::MyDayItem& item);

    WorkspaceContext& m_context;
    QPointer<MyDayView> m_view;
};

} // namespace tessera::app
