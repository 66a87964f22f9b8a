#include "app/myday/MyDayController.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/customer/CurrentCustomer.h"
#include "app/myday/FollowUpDialog.h"
#include "app/myday/MyDayView.h"

#include <QAction>
#include <QMainWindow>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { EditActivity = 2 };
enum { ViewLists = 0 };

} // namespace

MyDayController::MyDayController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* show =
        actions.add(QStringLiteral("actionShowMyDay"), tr("&My Day"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), {}, {.needsDatabase = true});
    connect(show, &QAction::triggered, this, &MyDayController::showMyDay);
    QAction* followUp =
        actions.add(QStringLiteral("actionNewFollowUp"), tr("New &Follow-up…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), {},
                    {.needsCustomer = true, .permission = domain::Action::RecordActivity});
    connect(followUp, &QAction::triggered, this, &MyDayController::newFollowUp);
    actions.placeInMenu(Menu::View, ViewLists, show);
    actions.placeInMenu(Menu::Edit, EditActivity, followUp);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &MyDayController::addView);
    connect(&m_context, &WorkspaceContext::dataChanged, this, [this] {
        if (m_view && m_view->hasLoaded())
            m_view->reload();
    });
}

void MyDayController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    if (!tabs || !workspace)
        return;
    m_view = new MyDayView(*workspace, tabs);
    tabs->insertTab(0, m_view, tr("My Day"));
    connect(m_view, &MyDayView::customerActivated, &m_context, &WorkspaceContext::openCustomer);
    connect(m_view, &MyDayView::followUpDone, &m_context, &WorkspaceContext::customerChanged);
    connect(m_view, &MyDayView::rescheduleRequested, this, &MyDayController::reschedule);
    // The first screen of the people whose day it lists.
    const domain::Role role = workspace->session().role;
    tabs->setCurrentIndex(role == domain::Role::AccountManager || role == domain::Role::Supervisor
                              ? tabs->indexOf(m_view)
                              : 1);
}

void MyDayController::showMyDay() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

void MyDayController::newFollowUp() {
    const std::int64_t id = m_context.currentCustomerId();
    domain::Workspace* workspace = m_context.workspace();
    if (id == 0 || !workspace)
        return;
    const QString name = currentCustomerName(m_context, id);
    FollowUpDialog dialog(*workspace, id, name, std::nullopt, m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.showStatus(tr("Follow-up %1 set up.").arg(dialog.savedId()), 5000);
    m_context.customerChanged(id);
}

void MyDayController::reschedule(const domain::MyDayItem& item) {
    domain::Workspace* workspace = m_context.workspace();
    if (!workspace || !item.followUpId)
        return;
    auto row = domain::FollowUpService(*workspace).find(*item.followUpId);
    if (!row)
        return (void)showError(m_context.window(), tr("Reschedule Follow-up"), row.error());
    FollowUpDialog dialog(*workspace, item.customerId, qs(item.name), *row, m_context.window());
    if (dialog.exec() == QDialog::Accepted)
        m_context.customerChanged(item.customerId);
}

} // namespace tessera::app
