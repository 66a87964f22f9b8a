#pragma once

// The base of the undoable customer edits on the window's QUndoStack. The
// window performs the first change itself (so the editor can show errors
// before anything is pushed); the command then redoes and undoes it through
// CustomerService. A step that fails (permission, someone else changed the
// customer meanwhile) is reported and dropped from the stack.

#include "domain/customers/CustomerService.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace tessera::app {

// How a command tells the window what happened.
struct CommandHooks {
    std::function<void(std::int64_t customerId)> changed;
    std::function<void(const QString& message)> failed;
};

class CustomerCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CustomerCommand)

public:
    void redo() final;
    void undo() final;

protected:
    CustomerCommand(domain::Workspace& workspace, CommandHooks hooks, const QString& text);

    domain::CustomerService service() const { return domain::CustomerService(m_workspace); }
    virtual Status apply() = 0;  // do the change (again)
    virtual Status revert() = 0; // take it back
    virtual std::int64_t customerId() const = 0;

    // Replaces the stored customer by `target`, provided it still reads as
    // `expected` (nobody else edited it since); uses the stored version so the
    // domain's optimistic check passes only for that state.
    Status replaceIfUnchanged(const storage::CustomerRecord& expected,
                              const storage::CustomerRecord& target);

private:
    void finish(const Status& status);

    domain::Workspace& m_workspace;
    CommandHooks m_hooks;
    bool m_firstRedo = true; // the window already made the change
};

} // namespace tessera::app
