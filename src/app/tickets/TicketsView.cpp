#include "app/tickets/TicketsView.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "app/tickets/TicketDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

using TicketsResult = Result<std::vector<domain::TicketView>>;

enum Column {
    IdColumn,
    OpenedColumn,
    CustomerColumn,
    SubjectColumn,
    CategoryColumn,
    LevelColumn,
    StatusColumn,
    OwnerColumn,
    ResponseColumn,
    ResolutionColumn,
    EscalatedColumn,
    ColumnCount
};

} // namespace

TicketsView::TicketsView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("ticketsView"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("ticketScope"));
    m_scope->addItem(tr("Open tickets"));
    m_scope->addItem(tr("All tickets"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ticketsStatus"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_status, 1);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ticketsTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Opened"), tr("Customer"), tr("Subject"),
                                        tr("Category"), tr("Level"), tr("Status"), tr("Owner"),
                                        tr("First response due"), tr("Resolution due"),
                                        tr("Escalated to")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* actions = new QHBoxLayout;
    const std::pair<domain::TicketStep, QString> steps[] = {
        {domain::TicketStep::Assign, tr("Assign to &Me")},
        {domain::TicketStep::Respond, tr("&Responded")},
        {domain::TicketStep::Resolve, tr("Re&solved")},
        {domain::TicketStep::Close, tr("&Close")},
        {domain::TicketStep::Reopen, tr("Re&open")}};
    for (const auto& [step, label] : steps) {
        auto* b = new QPushButton(label, this);
        b->setObjectName(QStringLiteral("ticket_") +
                         QString::fromLatin1(domain::TicketService::stepKey(step)));
        connect(b, &QPushButton::clicked, this, [this, step = step] { apply(step); });
        actions->addWidget(b);
        m_buttons.emplace_back(step, b);
    }
    m_satisfaction = new QPushButton(tr("Satisfaction &Check…"), this);
    m_satisfaction->setObjectName(QStringLiteral("ticket_csat"));
    connect(m_satisfaction, &QPushButton::clicked, this, &TicketsView::recordSatisfaction);
    actions->addWidget(m_satisfaction);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TicketsView::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TicketsView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(m_tickets.size()))
            emit customerActivated(m_tickets[static_cast<std::size_t>(row)].row.record.customerId);
    });
    updateButtons();
}

void TicketsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

QPushButton* TicketsView::button(domain::TicketStep step) const {
    for (const auto& [s, b] : m_buttons)
        if (s == step)
            return b;
    return nullptr;
}

void TicketsView::reload() {
    domain::TicketFilter filter;
    filter.unresolvedOnly = m_scope->currentIndex() == 0;
    m_status->setText(tr("Loading tickets…"));
    const int generation = ++m_generation;
    runOnWorker<std::vector<domain::TicketView>>(
        this, m_workspace,
        [filter](domain::Workspace& ws) { return domain::TicketService(ws).list(filter); },
        [this, generation](TicketsResult result) {
            if (generation == m_generation)
                display(std::move(result));
        });
}

void TicketsView::display(TicketsResult result) {
    m_loaded = true;
    m_table->setRowCount(0);
    m_tickets.clear();
    if (!result) {
        m_status->setText(qs(result.error().message));
        emit loaded(0);
        return;
    }
    m_tickets = std::move(*result);
    const domain::Calendar& calendar = m_workspace.calendar();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    m_table->setRowCount(static_cast<int>(m_tickets.size()));
    int late = 0;
    for (int r = 0; r < static_cast<int>(m_tickets.size()); ++r) {
        const domain::TicketView& v = m_tickets[static_cast<std::size_t>(r)];
        const storage::TicketRecord& t = v.row.record;
        const QStringList cells = {
            QString::number(t.id),
            calendar.wallClock(t.openedAt, format),
            qs(v.row.customerCode),
            qs(t.subject),
            ticketCategoryLabel(t.category),
            ticketLevelLabel(t.escalation),
            ticketStatusLabel(v.statusAsOf),
            qs(v.row.owner),
            v.level.responded ? tr("answered")
                              : calendar.wallClock(v.level.firstResponseDue, format),
            v.level.resolved ? tr("resolved") : calendar.wallClock(v.level.resolutionDue, format),
            qs(v.escalatedTo)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            const bool isLate =
                (c == ResponseColumn && v.level.firstResponseLate && !v.level.responded) ||
                (c == ResolutionColumn && v.level.resolutionLate && !v.level.resolved) ||
                (c == EscalatedColumn && !v.escalatedTo.empty());
            if (isLate)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(r, c, item);
        }
        late += (v.level.firstResponseLate && !v.level.responded) ||
                (v.level.resolutionLate && !v.level.resolved);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%Ln ticket(s), %1 late; double-click one to open the customer.", nullptr,
                         static_cast<int>(m_tickets.size()))
                          .arg(late));
    if (m_select)
        selectTicket(m_select);
    updateButtons();
    emit loaded(static_cast<int>(m_tickets.size()));
}

void TicketsView::selectTicket(std::int64_t id) {
    m_select = id;
    for (int r = 0; r < static_cast<int>(m_tickets.size()); ++r)
        if (m_tickets[static_cast<std::size_t>(r)].row.record.id == id) {
            m_table->selectRow(r);
            m_select = 0;
        }
}

const domain::TicketView* TicketsView::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= static_cast<int>(m_tickets.size()))
        return nullptr;
    return &m_tickets[static_cast<std::size_t>(rows.front().row())];
}

void TicketsView::updateButtons() {
    const domain::TicketView* v = selected();
    const std::string status = v ? v->row.record.status : std::string();
    const bool open = status == "open" || status == "assigned";
    for (const auto& [step, b] : m_buttons) {
        bool enabled = false;
        switch (step) {
        case domain::TicketStep::Assign: enabled = open; break;
        case domain::TicketStep::Respond: enabled = open && !v->row.record.firstResponseAt; break;
        case domain::TicketStep::Resolve: enabled = open; break;
        case domain::TicketStep::Close: enabled = status == "resolved"; break;
        case domain::TicketStep::Reopen:
            enabled = status == "resolved" || status == "closed";
            break;
        }
        b->setEnabled(enabled);
    }
    m_satisfaction->setEnabled(status == "closed");
}

void TicketsView::apply(domain::TicketStep step) {
    const domain::TicketView* v = selected();
    if (!v)
        return;
    const std::int64_t id = v->row.record.id;
    const std::int64_t customer = v->row.record.customerId;
    auto changed = domain::TicketService(m_workspace).change(id, {step, {}, {}});
    if (!changed) {
        showError(this, tr("Tickets"), changed.error());
        return;
    }
    m_select = id;
    emit ticketChanged(customer);
    reload();
}

void TicketsView::recordSatisfaction() {
    const domain::TicketView* v = selected();
    if (!v)
        return;
    bool ok = false;
    const int csat = QInputDialog::getInt(this, tr("Satisfaction Check"),
                                          tr("How satisfied was the customer with how ticket %1 "
                                             "was handled (1 = very dissatisfied, 5 = very "
                                             "satisfied)?")
                                              .arg(v->row.record.id),
                                          4, 1, 5, 1, &ok);
    if (!ok)
        return;
    const std::int64_t customer = v->row.record.customerId;
    auto saved = domain::TicketService(m_workspace).recordSatisfaction(v->row.record.id, csat, {});
    if (!saved)
        return (void)showError(this, tr("Satisfaction Check"), saved.error());
    emit ticketChanged(customer);
}

} // namespace tessera::app
