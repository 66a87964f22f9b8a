#pragma once

// Merging duplicate customers on the main window: Edit > Merge Customers…
// (supervisors and administrators) asks for the two customers, the selected
// one prefilled as the one that stays, and the merge goes on the undo stack.
// mergePair() opens the same dialog for a pair found elsewhere (the duplicate
// candidates list).

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"

#include <cstdint>

namespace tessera::app {

class MergeController : public QObject {
    Q_OBJECT

public:
    MergeController(WorkspaceContext& context, ActionRegistry& actions);

public slots:
    // Asks how to merge `fromId` into `intoId` (either 0: typed by the user).
    void mergePair(std::int64_t intoId, std::int64_t fromId);
    // The menu entry: the selected customer as the one that stays.
    void mergeCustomers();

private:
    WorkspaceContext& m_context;
};

} // namespace tessera::app
