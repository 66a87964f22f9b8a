#include "app/merge/MergeController.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/merge/MergeCustomersCommand.h"
#include "app/merge/MergeCustomersDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QUndoStack>

namespace tessera::app {
namespace {

enum EditSection { EditCustomers = 1 }; // beside New, Edit and Archive Customer

} // namespace

MergeController::MergeController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* merge =
        actions.add(QStringLiteral("actionMergeCustomers"), tr("&Merge Customers…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), {},
                    {.needsDatabase = true, .permission = domain::Action::MergeCustomers});
    connect(merge, &QAction::triggered, this, &MergeController::mergeCustomers);
    actions.placeInMenu(Menu::Edit, EditCustomers, merge);
}

void MergeController::mergeCustomers() {
    mergePair(m_context.currentCustomerId(), 0);
}

void MergeController::mergePair(std::int64_t intoId, std::int64_t fromId) {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    MergeCustomersDialog dialog(*workspace, intoId, fromId, m_context.window());
    if (dialog.exec() != QDialog::Accepted || !dialog.hasPreview())
        return;
    const domain::MergePlan plan = dialog.plan();
    auto merged = domain::MergeService(*workspace).merge(plan);
    if (!merged)
        return (void)showError(m_context.window(), tr("Merge Customers"), merged.error());
    CommandHooks hooks{
        [this](std::int64_t id) { m_context.customerChanged(id); },
        [this](const QString& message) {
            showError(m_context.window(), tr("Undo"), {ErrorCode::Conflict, message.toStdString()});
        }};
    m_context.undoStack()->push(new MergeCustomersCommand(*workspace, std::move(hooks), plan,
                                                          merged->mergeId, tr("Merge Customers")));
    m_context.customerChanged(plan.intoId);
    m_context.showStatus(tr("Merged: undo with Edit > Undo (merge %1).").arg(merged->mergeId),
                         5000);
}

} // namespace tessera::app
