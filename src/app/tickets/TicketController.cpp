#include "app/tickets/TicketController.h"

#include "app/common/AppResources.h"
#include "app/common/Text.h"
#include "app/customer/CurrentCustomer.h"
#include "app/tickets/TicketDialog.h"
#include "app/tickets/TicketsView.h"

#include <QAction>
#include <QMainWindow>
#include <QTabWidget>

namespace tessera::app {
namespace {

enum { EditActivity = 2 };
enum { ViewLists = 0 };

} // namespace

TicketController::TicketController(WorkspaceContext& context, ActionRegistry& actions)
    : QObject(&context), m_context(context) {
    QAction* open = actions.add(
        QStringLiteral("actionOpenTicket"), tr("Open &Ticket…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), appIcon(QStringLiteral("ticket")),
        {.needsCustomer = true, .permission = domain::Action::RecordActivity});
    open->setToolTip(tr("Register a complaint or request of the selected customer"));
    connect(open, &QAction::triggered, this, &TicketController::openTicket);
    QAction* show =
        actions.add(QStringLiteral("actionShowTickets"), tr("&Tickets"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), {}, {.needsDatabase = true});
    connect(show, &QAction::triggered, this, &TicketController::showTickets);
    actions.placeInMenu(Menu::Edit, EditActivity, open);
    actions.placeInMenu(Menu::View, ViewLists, show);
    connect(&m_context, &WorkspaceContext::viewsBuilt, this, &TicketController::addView);
    connect(&m_context, &WorkspaceContext::dataChanged, this, [this] {
        if (m_view && m_view->hasLoaded())
            m_view->reload();
    });
}

void TicketController::addView() {
    QTabWidget* tabs = m_context.tabs();
    domain::Workspace* workspace = m_context.workspace();
    if (!tabs || !workspace)
        return;
    m_view = new TicketsView(*workspace, tabs);
    tabs->addTab(m_view, tr("Tickets"));
    connect(m_view, &TicketsView::customerActivated, &m_context, &WorkspaceContext::openCustomer);
    connect(m_view, &TicketsView::ticketChanged, &m_context, &WorkspaceContext::customerChanged);
    connect(m_view, &TicketsView::loaded, this, [this, tabs](int count) {
        if (m_view)
            tabs->setTabText(tabs->indexOf(m_view), tr("Tickets (%L1)").arg(count));
    });
}

void TicketController::showTickets() {
    if (m_view)
        m_context.tabs()->setCurrentWidget(m_view);
}

void TicketController::openTicket() {
    const std::int64_t id = m_context.currentCustomerId();
    domain::Workspace* workspace = m_context.workspace();
    if (id == 0 || !workspace)
        return;
    const QString name = currentCustomerName(m_context, id);
    TicketDialog dialog(*workspace, id, name, m_context.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.showStatus(tr("Ticket %1 opened.").arg(dialog.savedId()), 5000);
    m_context.customerChanged(id);
    if (m_view) {
        m_view->selectTicket(dialog.savedId());
        showTickets();
        m_view->reload();
    }
}

} // namespace tessera::app
