#pragma once

// The Tickets tab: the tickets of the customers the user may see, with their
// service levels now (late ones in red, escalations named), computed in the
// background. Buttons move the selected ticket on (assign to me, respond,
// resolve, close, reopen, satisfaction check); a double-click opens its customer.

#include "domain/tickets/TicketService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera::app {

class TicketsView : public QWidget {
    Q_OBJECT

public:
    TicketsView(domain::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool hasLoaded() const { return m_loaded; }
    QTableWidget* table() const { return m_table; }
    QComboBox* scope() const { return m_scope; }
    const std::vector<domain::TicketView>& tickets() const { return m_tickets; }
    // Selects the row of ticket `id` (after a reload, when it is listed).
    void selectTicket(std::int64_t id);
    QPushButton* button(domain::TicketStep step) const;
    QPushButton* satisfactionButton() const { return m_satisfaction; }

    // Moves the selected ticket on; errors are shown to the user.
    void apply(domain::TicketStep step);
    void recordSatisfaction();

signals:
    void customerActivated(std::int64_t customerId);
    void ticketChanged(std::int64_t customerId);
    void loaded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(Result<std::vector<domain::TicketView>> result);
    const domain::TicketView* selected() const;
    void updateButtons();

    domain::Workspace& m_workspace;
    QComboBox* m_scope;
    QLabel* m_status;
    QTableWidget* m_table;
    std::vector<std::pair<domain::TicketStep, QPushButton*>> m_buttons;
    QPushButton* m_satisfaction;
    std::vector<domain::TicketView> m_tickets;
    bool m_loaded = false;
    int m_generation = 0;
    std::int64_t m_select = 0;
};

} // namespace tessera::app
