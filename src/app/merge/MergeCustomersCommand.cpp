#include "app/merge/MergeCustomersCommand.h"

#include "app/common/Text.h"

namespace tessera::app {

MergeCustomersCommand::MergeCustomersCommand(domain::Workspace& workspace, CommandHooks hooks,
                                             domain::MergePlan plan, std::int64_t mergeId,
                                             const QString& text)
    : QUndoCommand(text), m_workspace(workspace), m_hooks(std::move(hooks)),
      m_plan(std::move(plan)), m_mergeId(mergeId) {}

void MergeCustomersCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    auto merged = domain::MergeService(m_workspace).merge(m_plan);
    if (merged)
        m_mergeId = merged->mergeId;
    finish(merged ? Status() : Status(merged.error()), m_plan.intoId);
}

void MergeCustomersCommand::undo() {
    finish(domain::MergeService(m_workspace).unmerge(m_mergeId), m_plan.intoId);
}

void MergeCustomersCommand::finish(const Status& status, std::int64_t customerId) {
    if (!status) {
        // QUndoStack removes an obsolete command instead of moving past it.
        setObsolete(true);
        m_hooks.failed(
            tr("“%1” could not be undone or redone: %2").arg(text(), qs(status.error().message)));
    }
    m_hooks.changed(customerId);
}

} // namespace tessera::app
