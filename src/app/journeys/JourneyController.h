#pragma once

// The journey map on the main window (product.md capability 4): its tab
// (View > Journey Map), the interactions behind a clicked card, the PNG,
// SVG and PDF export, snapshots (save, compare) and the stage editor.

#include "app/common/ActionRegistry.h"
#include "app/common/WideTab.h"
#include "app/common/WorkspaceContext.h"
#include "common/Result.h"

#include <QPointer>

namespace tessera::app {

class JourneyCompareDialog;
class JourneyView;

class JourneyController : public QObject {
    Q_OBJECT

public:
    JourneyController(WorkspaceContext& context, ActionRegistry& actions);

    JourneyView* view() const;
    void showJourneys();
    // Exports the map to `path`, PNG, SVG or PDF by its suffix (the dialog
    // calls it with the file the user chose).
    Status exportTo(const QString& path);

private:
    void addView();
    void askAndExport();
    void saveSnapshot();
    void compareSnapshots();
    void editStages();

    WorkspaceContext& m_context;
    QPointer<JourneyView> m_view;
    QPointer<JourneyCompareDialog> m_compare;
    // The map takes the 360 view's room while shown, and gives it back.
    WideTab* m_wideTab = nullptr; // the 360 view steps aside while the tab is shown
};

} // namespace tessera::app
