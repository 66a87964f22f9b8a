#include "app/interactions/InteractionController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/customer/CurrentCustomer.h"
#include "app/customer/CustomerPanel.h"
#include "app/interactions/InteractionCommands.h"
#include "app/interactions/InteractionDialog.h"
#include "app/interactions/InteractionLogDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QUndoStack>

namespace tessera::app {
namespace {

enum { EditActivity = 2 };
enum { ToolBarActivity = 1 };

} // namespace

InteractionController::InteractionController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    const ActionGate onCustomer{.needsCustomer = true,
                                .permission = domain::Action::RecordActivity};
    QAction* log = actions.add(QStringLiteral("actionLogInteraction"), tr("&Log Interaction…"),
                               QKeySequence(Qt::CTRL | Qt::Key_L),
                               appIcon(QStringLiteral("interaction")), onCustomer);
    log->setToolTip(tr("Log a call, visit or message with the selected customer (Ctrl+L)"));
    connect(log, &QAction::triggered, this, &InteractionController::logInteraction);
    QAction* list =
        actions.add(QStringLiteral("actionInteractions"), tr("I&nteractions…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), {}, {.needsCustomer = true});
    connect(list, &QAction::triggered, this, &InteractionController::showInteractions);
    actions.placeInMenu(Menu::Edit, EditActivity, log);
    actions.placeInMenu(Menu::Edit, EditActivity, list);
    actions.placeOnToolBar(ToolBarActivity, log, tr("Log"));
}

CommandHooks InteractionController::commandHooks() {
    return {
        [this](std::int64_t id) { m_context.customerChanged(id); },
        [this](const QString& message) {
            showError(m_context.window(), tr("Undo"), {ErrorCode::Conflict, message.toStdString()});
        }};
}

QString InteractionController::customerName() const {
    return currentCustomerName(m_context, m_context.currentCustomerId());
}

void InteractionController::reportWarnings(const domain::InteractionResult& result) {
    if (result.warnings.empty()) {
        m_context.showStatus(tr("Interaction logged."), 5000);
        return;
    }
    m_context.showStatus(tr("Interaction logged; the customer has %n open warning(s): %1", nullptr,
                            static_cast<int>(result.warnings.size()))
                             .arg(qs(result.warnings.front().reason)),
                         10000);
}

void InteractionController::logInteraction() {
    const std::int64_t id = m_context.currentCustomerId();
    domain::Workspace* workspace = m_context.workspace();
    if (id == 0 || !workspace)
        return;
    InteractionDialog dialog(*workspace, id, customerName(), std::nullopt, m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto logged = domain::InteractionService(*workspace).find(dialog.result().id);
    if (!logged)
        return (void)showError(m_context.window(), tr("Log Interaction"), logged.error());
    m_context.undoStack()->push(loggedInteraction(*workspace, commandHooks(), *logged));
    reportWarnings(dialog.result());
    m_context.customerChanged(id);
}

void InteractionController::showInteractions() {
    const std::int64_t id = m_context.currentCustomerId();
    domain::Workspace* workspace = m_context.workspace();
    if (id == 0 || !workspace)
        return;
    InteractionLogDialog dialog(*workspace, *this, id, customerName(), m_context.window());
    dialog.exec();
}

void InteractionController::editInteraction(std::int64_t interactionId, QWidget* parent) {
    domain::Workspace& workspace = *m_context.workspace();
    domain::InteractionService log(workspace);
    auto before = log.find(interactionId);
    if (!before)
        return (void)showError(parent, tr("Edit Interaction"), before.error());
    InteractionDialog dialog(workspace, before->record.customerId, customerName(), *before, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto after = log.find(interactionId);
    if (!after)
        return (void)showError(parent, tr("Edit Interaction"), after.error());
    m_context.undoStack()->push(editedInteraction(workspace, commandHooks(), *before, *after));
    m_context.customerChanged(before->record.customerId);
}

bool InteractionController::deleteInteraction(std::int64_t interactionId, QWidget* parent) {
    if (QMessageBox::question(parent, tr("Delete Interaction"),
                              tr("Delete this interaction? You can undo it (Ctrl+Z).")) !=
        QMessageBox::Yes)
        return false;
    domain::Workspace& workspace = *m_context.workspace();
    auto removed = domain::InteractionService(workspace).remove(interactionId);
    if (!removed) {
        showError(parent, tr("Delete Interaction"), removed.error());
        return false;
    }
    m_context.undoStack()->push(deletedInteraction(workspace, commandHooks(), *removed));
    m_context.customerChanged(removed->customerId);
    return true;
}

} // namespace tessera::app
