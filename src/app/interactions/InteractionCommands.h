#pragma once

// The undoable steps of the interaction log on the window's undo stack (as
// Subsurface keeps its undo commands behind one header): logging an
// interaction (undo deletes it), editing one (undo puts the old fields
// back) and deleting one (undo puts it back with its id). The window makes
// the first change through the dialog; these redo and undo it.

#include "app/customer/CustomerCommand.h"
#include "domain/interactions/InteractionService.h"

namespace tessera::app {

QUndoCommand* loggedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                const storage::InteractionRow& logged);
QUndoCommand* editedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                const storage::InteractionRow& before,
                                const storage::InteractionRow& after);
QUndoCommand* deletedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                 const storage::InteractionRecord& deleted);

} // namespace tessera::app
