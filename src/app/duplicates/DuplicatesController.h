#pragma once

// The Duplicates tab on the main window (issue 14 point 2): View > Duplicate
// Customers (Ctrl+Shift+P, P for pairs), shown only to the roles that may
// review data quality (analysts, supervisors for their team, administrators).
// A double-clicked customer opens as in the portfolio; Merge… is passed on as
// mergeRequested() to whoever merges (MainWindow connects the merge
// controller and calls setMergeAvailable(true)).

#include "app/common/ActionRegistry.h"
#include "app/common/RecomputingTab.h"
#include "app/common/WideTab.h"
#include "app/common/WorkspaceContext.h"

#include <QPointer>
#include <cstdint>

namespace tessera::app {

class DuplicatesView;

class DuplicatesController : public QObject {
    Q_OBJECT

public:
    DuplicatesController(WorkspaceContext& context, ActionRegistry& actions);

    DuplicatesView* view() const;
    void showDuplicates();
    // Whether a slot merges what mergeRequested() asks for: until then the
    // tab offers no Merge… button.
    void setMergeAvailable(bool available);

signals:
    // Merge `fromId` into `intoId` (the pair's second customer into its first).
    void mergeRequested(std::int64_t intoId, std::int64_t fromId);

private:
    void addView();

    WorkspaceContext& m_context;
    QPointer<DuplicatesView> m_view;
    WideTab* m_wideTab = nullptr;          // the 360 view steps aside while the tab is shown
    RecomputingTab* m_recompute = nullptr; // again after edits, when in front
    bool m_mergeAvailable = false;
};

} // namespace tessera::app
