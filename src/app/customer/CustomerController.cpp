#include "app/customer/CustomerController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/customer/ArchiveCustomerCommand.h"
#include "app/customer/CreateCustomerCommand.h"
#include "app/customer/CustomerEditorDialog.h"
#include "app/customer/CustomerPanel.h"
#include "app/customer/EditCustomerCommand.h"

#include <QAction>
#include <QMainWindow>
#include <QUndoStack>

namespace tessera::app {
namespace {

// Sections of the Edit menu and of the toolbar.
enum Section { Customers = 0, UndoRedo = 1 };
enum EditSection { EditUndo = 0, EditCustomers = 1 };

} // namespace

CustomerController::CustomerController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context), m_actions(actions) {
    registerActions(actions);
    connect(&m_context, &WorkspaceContext::customerActivated, this, [this] {
        if (m_actions.action(QStringLiteral("actionEditCustomer"))->isEnabled())
            editCustomer();
    });
    connect(&actions, &ActionRegistry::updated, this, &CustomerController::updateArchiveLabel);
}

void CustomerController::registerActions(ActionRegistry& actions) {
    QUndoStack* stack = m_context.undoStack();
    QAction* undo = stack->createUndoAction(m_context.window(), tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(appIcon(QStringLiteral("undo")));
    QAction* redo = stack->createRedoAction(m_context.window(), tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(appIcon(QStringLiteral("redo")));
    actions.adopt(undo); // the stack enables them
    actions.adopt(redo);

    QAction* created = actions.add(QStringLiteral("actionNewCustomer"), tr("&New Customer…"),
                                   QKeySequence::New, appIcon(QStringLiteral("customer-new")),
                                   {.permission = domain::Action::CreateCustomer});
    connect(created, &QAction::triggered, this, &CustomerController::newCustomer);
    QAction* edit =
        actions.add(QStringLiteral("actionEditCustomer"), tr("&Edit Customer…"),
                    QKeySequence(Qt::Key_F2), appIcon(QStringLiteral("customer-edit")),
                    {.needsCustomer = true, .permission = domain::Action::EditCustomer});
    connect(edit, &QAction::triggered, this, &CustomerController::editCustomer);
    QAction* archive =
        actions.add(QStringLiteral("actionArchive"), tr("&Archive Customer"),
                    QKeySequence(Qt::CTRL | Qt::Key_Delete), appIcon(QStringLiteral("archive")),
                    {.needsCustomer = true, .permission = domain::Action::ArchiveCustomer});
    connect(archive, &QAction::triggered, this, &CustomerController::toggleArchived);

    actions.placeInMenu(Menu::Edit, EditUndo, undo);
    actions.placeInMenu(Menu::Edit, EditUndo, redo);
    for (QAction* each : {created, edit, archive})
        actions.placeInMenu(Menu::Edit, EditCustomers, each);
    actions.placeOnToolBar(Customers, created, tr("New Customer"));
    actions.placeOnToolBar(Customers, edit, tr("Edit"));
    actions.placeOnToolBar(Customers, archive, tr("Archive"));
    actions.placeOnToolBar(UndoRedo, undo, tr("Undo"));
    actions.placeOnToolBar(UndoRedo, redo, tr("Redo"));
}

void CustomerController::updateArchiveLabel() {
    CustomerPanel* panel = m_context.customerPanel();
    const bool archived = m_actions.state().customerSelected && panel && panel->customer() &&
                          panel->customer()->record.archived;
    QAction* archive = m_actions.action(QStringLiteral("actionArchive"));
    archive->setText(archived ? tr("&Restore Customer") : tr("&Archive Customer"));
    archive->setIconText(archived ? tr("Restore") : tr("Archive"));
}

CommandHooks CustomerController::commandHooks() {
    return {
        [this](std::int64_t id) { m_context.customerChanged(id); },
        [this](const QString& message) {
            showError(m_context.window(), tr("Undo"), {ErrorCode::Conflict, message.toStdString()});
        }};
}

void CustomerController::newCustomer() {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace)
        return;
    CustomerEditorDialog editor(*workspace, m_context.window());
    if (editor.exec() != QDialog::Accepted)
        return;
    auto created = domain::CustomerService(*workspace).open(editor.savedId());
    if (!created)
        return (void)showError(m_context.window(), tr("New Customer"), created.error());
    m_context.undoStack()->push(
        new CreateCustomerCommand(*workspace, commandHooks(), created->record));
    m_context.customerChanged(editor.savedId());
}

void CustomerController::editCustomer() {
    const std::int64_t id = m_context.currentCustomerId();
    if (id == 0)
        return;
    domain::Workspace& workspace = *m_context.workspace();
    domain::CustomerService service(workspace);
    auto before = service.open(id); // fresh, with the current version
    if (!before)
        return (void)showError(m_context.window(), tr("Edit Customer"), before.error());
    CustomerEditorDialog editor(workspace, m_context.window());
    editor.setRecord(before->record);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto after = service.open(id);
    if (!after)
        return (void)showError(m_context.window(), tr("Edit Customer"), after.error());
    m_context.undoStack()->push(
        new EditCustomerCommand(workspace, commandHooks(), before->record, after->record));
    m_context.customerChanged(id);
}

void CustomerController::toggleArchived() {
    const std::int64_t id = m_context.currentCustomerId();
    if (id == 0)
        return;
    domain::Workspace& workspace = *m_context.workspace();
    domain::CustomerService service(workspace);
    auto current = service.open(id);
    if (!current)
        return (void)showError(m_context.window(), tr("Archive Customer"), current.error());
    const bool archive = !current->record.archived;
    if (Status done = service.setArchived(id, archive); !done)
        return (void)showError(m_context.window(),
                               archive ? tr("Archive Customer") : tr("Restore Customer"),
                               done.error());
    m_context.undoStack()->push(new ArchiveCustomerCommand(workspace, commandHooks(), id,
                                                           qs(current->record.code), archive));
    m_context.customerChanged(id);
}

} // namespace tessera::app
