#pragma once

// The Data Quality tab on the main window (issue 14 point 1): View > Data
// Quality (Ctrl+Shift+Q), shown only to the roles that may review data
// quality (analysts, supervisors for their team, administrators); a customer
// double-clicked in its list opens as in the portfolio.

#include "app/common/ActionRegistry.h"
#include "app/common/RecomputingTab.h"
#include "app/common/WideTab.h"
#include "app/common/WorkspaceContext.h"

#include <QPointer>

namespace tessera::app {

class QualityView;

class QualityController : public QObject {
    Q_OBJECT

public:
    QualityController(WorkspaceContext& context, ActionRegistry& actions);

    QualityView* view() const;
    void showQuality();

private:
    void addView();

    WorkspaceContext& m_context;
    QPointer<QualityView> m_view;
    WideTab* m_wideTab = nullptr;          // the 360 view steps aside while the tab is shown
    RecomputingTab* m_recompute = nullptr; // again after edits, when in front
};

} // namespace tessera::app
