#pragma once

// Service tickets on the main window: Open Ticket (Ctrl+Shift+K) for the
// selected customer, and the Tickets tab beside the portfolio (View >
// Tickets) where tickets are moved on.

#include "app/common/ActionRegistry.h"
#include "app/common/WorkspaceContext.h"
#include "app/tickets/TicketsView.h"

#include <QPointer>

namespace tessera::app {

class TicketsView;

class TicketController : public QObject {
    Q_OBJECT

public:
    TicketController(WorkspaceContext& context, ActionRegistry& actions);

    void openTicket();
    void showTickets();
    TicketsView* view() const { return m_view; }

private:
    void addView();

    WorkspaceContext& m_context;
    QPointer<TicketsView> m_view;
};

} // namespace tessera::app
