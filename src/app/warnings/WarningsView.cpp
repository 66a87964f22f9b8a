#include "app/warnings/WarningsView.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "domain/dashboards/DashboardService.h"
#include "domain/warnings/WarningService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::app {

using WarningsResult = Result<std::vector<domain::Warning>>;

WarningsView::WarningsView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("warningKindFilter"));
    m_kind->addItem(tr("All warnings"));
    for (domain::WarningKind kind : domain::kAllWarningKinds)
        m_kind->addItem(domain::warningKindLabel(kind), static_cast<int>(kind));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("warningsStatus"));
    bar->addWidget(m_kind);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    m_kpiAlerts = new QLabel(this);
    m_kpiAlerts->setObjectName(QStringLiteral("kpiAlerts"));
    m_kpiAlerts->setWordWrap(true);
    m_kpiAlerts->setTextFormat(Qt::RichText);
    m_kpiAlerts->setStyleSheet(
        QStringLiteral("QLabel { background: #fde8e6; border: 1px solid #b3261e; padding: 4px; }"));
    m_kpiAlerts->hide();
    connect(m_kpiAlerts, &QLabel::linkActivated, this, [this] { emit dashboardsRequested(); });
    layout->addWidget(m_kpiAlerts);

    m_model = new WarningsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("warningsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the service's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(WarningsModel::NameColumn, 200);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarning"));
    m_acknowledge->setToolTip(tr("Seen and being handled: leaves the open list"));
    m_snooze = new QPushButton(tr("&Snooze…"), this);
    m_snooze->setObjectName(QStringLiteral("snoozeWarning"));
    m_snooze->setToolTip(tr("Out of the list until a day you choose"));
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveWarning"));
    for (QPushButton* b : {m_acknowledge, m_snooze, m_resolve})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { handleSelected(domain::WarningAction::Acknowledge); });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { handleSelected(domain::WarningAction::Resolve); });
    connect(m_snooze, &QPushButton::clicked, this, &WarningsView::snoozeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WarningsView::updateButtons);
    updateButtons();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &WarningsView::reload);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit customerActivated(m_model->warning(index.row()).customerId);
    });
}

void WarningsView::updateButtons() {
    const bool any = m_table->selectionModel()->hasSelection();
    for (QPushButton* b : {m_acknowledge, m_snooze, m_resolve})
        b->setEnabled(any);
}

void WarningsView::handleSelected(domain::WarningAction action, std::optional<std::int32_t> until) {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const domain::Warning& w = m_model->warning(rows.front().row());
    auto handled = domain::WarningService(m_workspace).handle(domain::warningId(w), action, until);
    if (!handled) {
        showError(this, tr("Warnings"), handled.error());
        return;
    }
    reload();
}

void WarningsView::snoozeSelected() {
    if (!m_table->selectionModel()->hasSelection())
        return;
    const QDate tomorrow =
        domain::Calendar::dateFromDay(m_workspace.calendar().dayOf(m_workspace.nowMs()) + 1);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze Warning"));
    auto* date = new QDateEdit(tomorrow.addDays(6), &dialog);
    date->setObjectName(QStringLiteral("snoozeUntil"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMinimumDate(tomorrow);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Back in the list on:"), date);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        handleSelected(domain::WarningAction::Snooze, domain::Calendar::dayFromDate(date->date()));
}

void WarningsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

void WarningsView::reload() {
    domain::WarningFilter filter;
    if (m_kind->currentIndex() > 0)
        filter.kind = static_cast<domain::WarningKind>(m_kind->currentData().toInt());
    m_loading = true;
    m_status->setText(tr("Looking for warnings…"));
    const int generation = ++m_generation;
    reloadKpiAlerts();
    runOnWorker<std::vector<domain::Warning>>(
        this, m_workspace,
        [filter](domain::Workspace& ws) { return domain::WarningService(ws).list(filter); },
        [this, generation](WarningsResult result) {
            if (generation == m_generation)
                display(std::move(result));
        });
}

void WarningsView::reloadKpiAlerts() {
    using Alerts = std::pair<std::string, std::vector<domain::KpiAlert>>;
    const int generation = m_generation;
    runOnWorker<Alerts>(
        this, m_workspace,
        [](domain::Workspace& ws) -> Result<Alerts> {
            auto period =
                domain::DashboardService(ws).defaultPeriod(domain::KpiPeriod::Kind::Quarter);
            if (!period)
                return period.error();
            domain::KpiRequest request;
            request.period = *period;
            auto alerts = domain::KpiTargets(ws).alerts(request);
            if (!alerts)
                return alerts.error();
            return Alerts{period->label(), std::move(*alerts)};
        },
        [this, generation](Result<Alerts> result) {
            if (generation != m_generation)
                return;
            if (!result || result->second.empty()) {
                m_kpiAlerts
                    ->hide(); // a failure here is shown where the figures are: the dashboards
                return;
            }
            QStringList lines;
            for (const auto& a : result->second)
                lines << domain::KpiTargets::describe(a).toHtmlEscaped();
            m_kpiAlerts->setText(QStringLiteral("<b>%1</b> %2<br>%3")
                                     .arg(tr("KPI alerts, %1:").arg(qs(result->first)),
                                          QStringLiteral("<a href=\"dashboards\">%1</a>")
                                              .arg(tr("Open the dashboards")),
                                          lines.join(QStringLiteral("<br>"))));
            m_kpiAlerts->show();
        });
}

void WarningsView::display(WarningsResult result) {
    m_loading = false;
    m_loaded = true;
    if (!result) {
        m_model->setWarnings({});
        m_status->setText(qs(result.error().message));
        emit loaded(0);
        return;
    }
    const int count = static_cast<int>(result->size());
    m_model->setWarnings(std::move(*result));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_status->setText(tr("%Ln warning(s); double-click one to open the customer.", nullptr, count));
    updateButtons();
    emit loaded(count);
}

} // namespace tessera::app
