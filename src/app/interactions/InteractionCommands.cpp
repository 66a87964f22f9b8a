#include "app/interactions/InteractionCommands.h"

#include "app/common/Text.h"

namespace tessera::app {
namespace {

// Logging and deleting are the same pair of steps in opposite order.
class PresenceCommand : public CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(PresenceCommand)

public:
    PresenceCommand(domain::Workspace& workspace, CommandHooks hooks, const QString& text,
                    storage::InteractionRecord record, bool present)
        : CustomerCommand(workspace, std::move(hooks), text), m_workspace(workspace),
          m_record(std::move(record)), m_present(present) {}

protected:
    Status apply() override { return set(m_present); }
    Status revert() override { return set(!m_present); }
    std::int64_t customerId() const override { return m_record.customerId; }

private:
    Status set(bool present) {
        domain::InteractionService log(m_workspace);
        if (present)
            return log.restore(m_record);
        auto removed = log.remove(m_record.id);
        if (!removed)
            return removed.error();
        return {};
    }

    domain::Workspace& m_workspace;
    storage::InteractionRecord m_record;
    bool m_present;
};

class EditInteractionCommand : public CustomerCommand {
    Q_DECLARE_TR_FUNCTIONS(EditInteractionCommand)

public:
    EditInteractionCommand(domain::Workspace& workspace, CommandHooks hooks,
                           storage::InteractionRow before, storage::InteractionRow after)
        : CustomerCommand(workspace, std::move(hooks), tr("Edit Interaction")),
          m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after)) {}

protected:
    // Confirmed: the user confirmed any over-contact when first making the change.
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }
    std::int64_t customerId() const override { return m_before.record.customerId; }

private:
    Status write(const storage::InteractionRow& row) {
        auto edited = domain::InteractionService(m_workspace)
                          .edit(row.record.id, domain::InteractionService::draftOf(row), true);
        if (!edited)
            return edited.error();
        return {};
    }

    domain::Workspace& m_workspace;
    storage::InteractionRow m_before;
    storage::InteractionRow m_after;
};

} // namespace

QUndoCommand* loggedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                const storage::InteractionRow& logged) {
    return new PresenceCommand(workspace, std::move(hooks), PresenceCommand::tr("Log Interaction"),
                               logged.record, true);
}

QUndoCommand* editedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                const storage::InteractionRow& before,
                                const storage::InteractionRow& after) {
    return new EditInteractionCommand(workspace, std::move(hooks), before, after);
}

QUndoCommand* deletedInteraction(domain::Workspace& workspace, CommandHooks hooks,
                                 const storage::InteractionRecord& deleted) {
    return new PresenceCommand(workspace, std::move(hooks),
                               PresenceCommand::tr("Delete Interaction"), deleted, false);
}

} // namespace tessera::app
