#pragma once

// The interaction log on the main window: Log Interaction (Ctrl+L) on the
// customer selected in the portfolio or shown in the 360 view, and the
// customer's Interactions list with Edit and Delete; each change an
// undoable command. Registers its own actions in the Edit menu and toolbar.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "app/customer/CustomerCommand.h"
#include "domain/interactions/InteractionService.h"

namespace tessera::app {

class InteractionController : public QObject {
    Q_OBJECT

public:
    InteractionController(WorkspaceContext& context, ActionRegistry& actions);

    void logInteraction();
    void showInteractions();
    // Edits or deletes one entry of the current customer (the list's buttons).
    void editInteraction(std::int64_t interactionId, QWidget* parent);
    bool deleteInteraction(std::int64_t interactionId, QWidget* parent);

private:
    CommandHooks commandHooks();
    QString customerName() const;
    void reportWarnings(const domain::InteractionResult& result);

    WorkspaceContext& m_context;
};

} // namespace tessera::app
