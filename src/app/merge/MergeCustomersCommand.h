#pragma once

// A merge on the window's undo stack: undo takes it back (MergeService::
// unmerge, refused once the survivor changed), redo merges again with the
// same choices. The controller performs the first merge itself, so its
// errors show before anything is pushed. A step that fails is reported and
// the command dropped from the stack.

#include "app/customer/CustomerCommand.h"
#include "domain/merge/MergeService.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tessera::app {

class MergeCustomersCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MergeCustomersCommand)

public:
    MergeCustomersCommand(domain::Workspace& workspace, CommandHooks hooks, domain::MergePlan plan,
                          std::int64_t mergeId, const QString& text);

    void redo() override;
    void undo() override;
    std::int64_t mergeId() const { return m_mergeId; }

private:
    void finish(const Status& status, std::int64_t customerId);

    domain::Workspace& m_workspace;
    CommandHooks m_hooks;
    domain::MergePlan m_plan;
    std::int64_t m_mergeId = 0;
    bool m_firstRedo = true; // the controller already merged
};

} // namespace tessera::app
