#include "app/customer/CustomerCommand.h"

#include "app/common/Text.h"

namespace tessera::app {
namespace {

// The record without what the database changes by itself on every save.
storage::CustomerRecord content(storage::CustomerRecord record) {
    record.version = 0;
    record.createdAt = 0;
    record.updatedAt = 0;
    // Computed from activity (StandingService), which may have moved on.
    record.lifecycle.clear();
    record.loyalty.clear();
    record.health.reset();
    for (storage::ContactRecord& contact : record.contacts)
        contact.id = contact.customerId = 0;
    return record;
}

} // namespace

CustomerCommand::CustomerCommand(domain::Workspace& workspace, CommandHooks hooks,
                                 const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_hooks(std::move(hooks)) {}

void CustomerCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    finish(apply());
}

void CustomerCommand::undo() {
    finish(revert());
}

void CustomerCommand::finish(const Status& status) {
    if (!status) {
        // QUndoStack removes an obsolete command instead of moving past it.
        setObsolete(true);
        m_hooks.failed(
            tr("“%1” could not be undone or redone: %2").arg(text(), qs(status.error().message)));
    }
    m_hooks.changed(customerId());
}

Status CustomerCommand::replaceIfUnchanged(const storage::CustomerRecord& expected,
                                           const storage::CustomerRecord& target) {
    auto current = service().open(target.id);
    if (!current)
        return current.error();
    if (content(current->record) != content(expected))
        return makeError(ErrorCode::Conflict,
                         tr("the customer was changed by someone else since; open it "
                            "again and make the change by hand")
                             .toStdString());
    storage::CustomerRecord next = target;
    next.version = current->record.version;
    return service().update(next);
}

} // namespace tessera::app
