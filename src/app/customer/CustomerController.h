#pragma once

// Customer edits on the main window: New, Edit and Archive/Restore on the
// selected customer, each an undoable command on the workspace's undo stack,
// with Undo and Redo. Registers the Edit menu's customer entries and their
// toolbar buttons.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "app/customer/CustomerCommand.h"

namespace tessera::app {

class CustomerController : public QObject {
    Q_OBJECT

public:
    CustomerController(WorkspaceContext& context, ActionRegistry& actions);

    // On the selected customer (New needs none).
    void newCustomer();
    void editCustomer();
    void toggleArchived();

private:
    void registerActions(ActionRegistry& actions);
    void updateArchiveLabel();
    CommandHooks commandHooks();

    WorkspaceContext& m_context;
    ActionRegistry& m_actions;
};

} // namespace tessera::app
