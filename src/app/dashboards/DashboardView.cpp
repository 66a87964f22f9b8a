#include "app/dashboards/DashboardView.h"

#include "app/common/PeriodFilters.h"
#include "app/common/Text.h"
#include "app/dashboards/DashboardCharts.h"
#include "app/dashboards/DashboardFormat.h"
#include "app/dashboards/KpiTile.h"
#include "app/jobs/WorkerJob.h"
#include "domain/records/Vocabulary.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace tessera::app {
namespace {

using Source = storage::KpiRepository::Source;
using domain::KpiFigures;

// What a worker returns: the request answered (its period chosen there on
// the first load) and the figures.
struct Loaded {
    domain::KpiRequest request;
    domain::Dashboard dashboard;
};

} // namespace

DashboardView::DashboardView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("dashboardView"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_pages->addTab(buildPage({"nps", "csat", "ces", "responses"}, m_satisfactionCharts, 4),
                    tr("Satisfaction"));
    m_pages->addTab(
        buildPage({"tickets", "complaints", "first_response_hours_median", "resolution_rate"},
                  m_serviceCharts, 2),
        tr("Service"));
    QWidget* roi = buildPage({"retention_rate", "churn_rate", "conversion_rate", "repurchase_rate",
                              "revenue", "clv_total"},
                             m_roiCharts, 2);
    m_campaigns = new QTableWidget(0, 7, roi);
    m_campaigns->setObjectName(QStringLiteral("campaignTable"));
    m_campaigns->setHorizontalHeaderLabels({tr("Campaign"), tr("Period"), tr("Customers"),
                                            tr("Cost"), tr("Attributable revenue"), tr("ROI"),
                                            tr("Uplift beyond comparison (95% interval)")});
    m_campaigns->horizontalHeader()->setStretchLastSection(true);
    m_campaigns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_campaigns->verticalHeader()->hide();
    m_campaigns->setMinimumHeight(160);
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* column = roi->findChild<QVBoxLayout*>(QStringLiteral("pageColumn"));
    column->addWidget(m_campaigns);
    // Campaigns are recorded by supervisors and administrators only.
    if (domain::AccessPolicy::check(m_workspace.session(), domain::Action::ManageCampaigns)) {
        auto* add = new QPushButton(tr("&New Campaign…"), roi);
        add->setObjectName(QStringLiteral("newCampaignButton"));
        m_editCampaign = new QPushButton(tr("&Edit Campaign…"), roi);
        m_editCampaign->setObjectName(QStringLiteral("editCampaignButton"));
        m_editCampaign->setEnabled(false);
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(m_editCampaign);
        row->addStretch(1);
        column->addLayout(row);
        connect(add, &QPushButton::clicked, this, [this] { emit campaignRequested(0); });
        connect(m_editCampaign, &QPushButton::clicked, this, [this] {
            if (const auto* item = m_campaigns->item(m_campaigns->currentRow(), 0))
                emit campaignRequested(item->data(Qt::UserRole).toLongLong());
        });
        connect(m_campaigns, &QTableWidget::itemSelectionChanged, this,
                [this] { m_editCampaign->setEnabled(!m_campaigns->selectedItems().isEmpty()); });
    }
    m_pages->addTab(roi, tr("ROI"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_pages, 1);
}

QWidget* DashboardView::buildFilters() {
    auto* bar = new QWidget(this);
    m_kind = PeriodFilters::kindBox(bar);
    m_kind->setObjectName(QStringLiteral("periodKindBox"));
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodBox"));
    m_team = PeriodFilters::teamBox(bar, m_workspace, Qt::UserRole + 1);
    m_team->setObjectName(QStringLiteral("teamBox"));
    m_tier = PeriodFilters::tierBox(bar);
    m_tier->setObjectName(QStringLiteral("tierBox"));
    m_breakdown = new QComboBox(bar);
    m_breakdown->setObjectName(QStringLiteral("breakdownBox"));
    for (auto [grouping, label] :
         {std::pair{storage::KpiGrouping::Owner, tr("By owner")},
          std::pair{storage::KpiGrouping::Team, tr("By team")},
          std::pair{storage::KpiGrouping::Tier, tr("By tier")},
          std::pair{storage::KpiGrouping::Touchpoint, tr("By touchpoint")}})
        m_breakdown->addItem(label, static_cast<int>(grouping));
    if (m_workspace.session().role == domain::Role::AccountManager)
        m_breakdown->setCurrentIndex(2);
    auto* refresh = new QPushButton(tr("&Refresh"), bar);
    auto* target = new QPushButton(tr("Set &Target…"), bar);
    target->setObjectName(QStringLiteral("setTargetButton"));
    target->setVisible(
        domain::AccessPolicy::check(m_workspace.session(), domain::Action::SetTargets).ok());
    connect(target, &QPushButton::clicked, this, [this] { emit targetRequested(); });
    auto* png = new QPushButton(tr("Export &PNG…"), bar);
    png->setObjectName(QStringLiteral("exportPngButton"));
    auto* pdf = new QPushButton(tr("Export P&DF…"), bar);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_period, m_team, m_tier, m_breakdown, refresh})
        row->addWidget(w);
    row->addWidget(m_status, 1);
    row->addWidget(target);
    row->addWidget(png);
    row->addWidget(pdf);
    fillPeriods();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        m_periodChosen = false; // the new kind opens on its latest period with answers
        reload();
    });
    for (QComboBox* box : {m_period, m_team, m_tier, m_breakdown})
        connect(box, &QComboBox::activated, this, [this, box] {
            if (box == m_period)
                m_periodChosen = true;
            reload();
        });
    connect(refresh, &QPushButton::clicked, this, &DashboardView::reload);
    connect(png, &QPushButton::clicked, this, [this] { emit exportRequested(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { emit exportRequested(true); });
    return bar;
}

QWidget* DashboardView::buildPage(const std::vector<const char*>& tiles,
                                  std::vector<QChartView*>& charts, int chartCount) {
    auto* page = new QWidget;
    auto* tileRow = new QHBoxLayout;
    for (const char* key : tiles) {
        auto* tile = new KpiTile(QLatin1String(key), kpiLabel(key), page);
        m_tiles[QLatin1String(key)] = tile;
        tileRow->addWidget(tile);
        connect(tile, &KpiTile::clicked, this, &DashboardView::tileClicked);
    }
    auto* grid = new QGridLayout;
    for (int i = 0; i < chartCount; ++i) {
        auto* view = new QChartView(page);
        view->setObjectName(QStringLiteral("chart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        grid->addWidget(view, i / 2, i % 2);
        charts.push_back(view);
    }
    auto* column = new QVBoxLayout;
    column->setObjectName(QStringLiteral("pageColumn"));
    column->addLayout(tileRow);
    column->addLayout(grid, 1);
    auto* inner = new QWidget;
    inner->setLayout(column);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return page;
}

void DashboardView::fillPeriods() {
    PeriodFilters::fillPeriods(m_period, m_kind, m_workspace);
}

void DashboardView::setDefaultPeriod(const domain::KpiPeriod& period) {
    const QSignalBlocker block(m_period);
    int index = m_period->findData(qs(period.label()));
    if (index < 0) {
        m_period->addItem(qs(period.label()), qs(period.label()));
        index = m_period->count() - 1;
    }
    m_period->setCurrentIndex(index);
}

domain::KpiRequest DashboardView::request() const {
    domain::KpiRequest r;
    if (auto period = domain::KpiPeriod::parse(m_period->currentData().toString().toStdString()))
        r.period = *period;
    r.grouping = static_cast<storage::KpiGrouping>(m_breakdown->currentData().toInt());
    if (const QVariant team = m_team->currentData(); team.isValid())
        r.teamSupervisor = team.toLongLong();
    if (const QString tier = m_tier->currentData().toString(); !tier.isEmpty())
        r.tier = tier.toStdString();
    return r;
}

void DashboardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && m_generation == 0)
        reload();
}

void DashboardView::reload() {
    m_status->setText(tr("Computing the figures…"));
    const int generation = ++m_generation;
    const domain::KpiRequest wanted = request();
    const bool choosePeriod = !m_periodChosen;
    const auto kind = static_cast<domain::KpiPeriod::Kind>(m_kind->currentData().toInt());
    runOnWorker<Loaded>(
        this, m_workspace,
        [wanted, choosePeriod, kind](domain::Workspace& ws) -> Result<Loaded> {
            domain::DashboardService service(ws);
            Loaded loaded{wanted, {}};
            if (choosePeriod) {
                auto period = service.defaultPeriod(kind);
                if (!period)
                    return period.error();
                loaded.request.period = *period;
            }
            auto built = service.build(loaded.request);
            if (!built)
                return built.error();
            loaded.dashboard = std::move(*built);
            return loaded;
        },
        [this, generation](Result<Loaded> result) {
            if (generation != m_generation)
                return;
            if (result) {
                m_shown = result->request;
                if (!m_periodChosen)
                    setDefaultPeriod(m_shown.period);
                m_periodChosen = true;
                display(std::move(result->dashboard));
            } else {
                display(result.error());
            }
        });
}

void DashboardView::display(Result<domain::Dashboard> result) {
    m_loaded = true;
    if (!result) {
        m_status->setText(qs(result.error().message));
        emit loaded();
        return;
    }
    m_data = std::move(*result);
    const QString period = m_data.through ? tr("%1 to %2")
                                                .arg(qs(m_data.current.period.label()),
                                                     domain::Calendar::isoDate(*m_data.through))
                                          : qs(m_data.current.period.label());
    m_status->setText(tr("%1: %n survey response(s); KPI alerts: %2.", nullptr,
                         static_cast<int>(m_data.current.total.responses))
                          .arg(period)
                          .arg(m_data.alerts.size()));
    showTiles();
    showCharts();
    showCampaigns();
    emit loaded();
}

KpiTile* DashboardView::tile(const QString& kpiKey) const {
    const auto it = m_tiles.find(kpiKey);
    return it == m_tiles.end() ? nullptr : it->second;
}

void DashboardView::showTiles() {
    const KpiFigures& now = m_data.current.total;
    const QString before = m_data.previousThrough
                               ? tr("%1 to %2")
                                     .arg(qs(m_data.current.period.previous().label()),
                                          domain::Calendar::isoDate(*m_data.previousThrough))
                               : qs(m_data.current.period.previous().label());
    for (const auto& [key, tile] : m_tiles) {
        const std::string k = key.toStdString();
        const double value = tileValue(now, k);
        const double previous = tileValue(m_data.previous, k);
        QString target;
        for (const auto& t : m_data.targets)
            if (t.kpi == k)
                target = tr("Target %1").arg(formatKpi(k, t.value));
        QStringList alerts;
        for (const auto& a : m_data.alerts)
            if (a.kpi == k)
                alerts << domain::KpiTargets::describe(a);
        tile->setFigures(formatKpi(k, value), changeText(k, value, previous, before), target,
                         alerts.join(QLatin1Char('\n')));
    }
}

void DashboardView::showCharts() {
    const auto& groups = m_data.current.groups;
    const QString by = m_breakdown->currentText();
    const auto clicked = [this](Source source, const QString& title) {
        return [this, source, title](const std::string& key) {
            emit figureClicked(m_shown, source, key, title);
        };
    };
    const auto set = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    const bool monthly = m_shown.period.kind() == domain::KpiPeriod::Kind::Month;
    set(m_satisfactionCharts[0],
        trendChart(monthly ? tr("NPS and CSAT by month") : tr("NPS and CSAT by quarter"),
                   monthly ? m_data.monthly : m_data.quarterly));
    set(m_satisfactionCharts[1], groupBarChart(
                                     tr("NPS, %1").arg(by.toLower()), tr("NPS"), groups,
                                     [](const KpiFigures& f) { return f.nps.value; },
                                     clicked(Source::Surveys, sourceTitle(Source::Surveys))));
    set(m_satisfactionCharts[2],
        driverQuadrantChart(tr("Key drivers of recommendation"), m_data.drivers));
    set(m_satisfactionCharts[3],
        satisfactionValueChart(tr("Satisfaction against value, %1").arg(by.toLower()), groups));
    set(m_serviceCharts[0],
        groupBarChart(
            tr("Resolution rate, %1").arg(by.toLower()), tr("Resolved %"), groups,
            [](const KpiFigures& f) { return f.resolutionRate * 100.0; },
            clicked(Source::Service, sourceTitle(Source::Service))));
    set(m_serviceCharts[1], groupBarChart(
                                tr("Complaints, %1").arg(by.toLower()), tr("Complaints"), groups,
                                [](const KpiFigures& f) {
                                    return f.tickets ? static_cast<double>(f.complaints)
                                                     : std::nan("");
                                },
                                clicked(Source::Service, sourceTitle(Source::Service))));
    domain::KpiRequest byTier = m_shown;
    byTier.grouping = storage::KpiGrouping::Tier;
    set(m_roiCharts[0],
        groupBarChart(
            tr("Revenue by tier"), tr("Revenue"), m_data.byTier,
            [](const KpiFigures& f) { return f.hasPurchases ? f.revenue() : std::nan(""); },
            [this, byTier](const std::string& key) {
                emit figureClicked(byTier, Source::Purchases, key, sourceTitle(Source::Purchases));
            }));
    set(m_roiCharts[1], groupBarChart(
                            tr("Retention, %1").arg(by.toLower()), tr("Retained %"), groups,
                            [](const KpiFigures& f) { return f.retentionRate * 100.0; },
                            clicked(Source::Purchases, sourceTitle(Source::Purchases))));
}

void DashboardView::showCampaigns() {
    m_campaigns->setRowCount(0);
    for (const auto& r : m_data.campaigns) {
        const int row = m_campaigns->rowCount();
        m_campaigns->insertRow(row);
        const QStringList cells = {
            qs(r.campaign.name),
            QStringLiteral("%1 – %2").arg(domain::Calendar::isoDate(r.campaign.startDay),
                                          domain::Calendar::isoDate(r.campaign.endDay)),
            QString::number(r.campaign.customers),
            formatKpi("revenue", r.cost),
            formatKpi("revenue", r.attributableRevenue),
            std::isfinite(r.roi) ? QStringLiteral("%1%").arg(r.roi * 100.0, 0, 'f', 0)
                                 : QStringLiteral("–"),
            std::isfinite(r.did.uplift)
                ? tr("%1 per customer (%2 to %3)")
                      .arg(formatKpi("revenue", r.did.uplift), formatKpi("revenue", r.did.ciLow),
                           formatKpi("revenue", r.did.ciHigh))
                : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c)
            m_campaigns->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_campaigns->item(row, 0)->setData(Qt::UserRole,
                                           QVariant::fromValue<qlonglong>(r.campaign.id));
    }
    m_campaigns->resizeColumnsToContents();
}

void DashboardView::tileClicked(const QString& key) {
    const std::string k = key.toStdString();
    const Source source = tileSource(k);
    domain::KpiRequest company = m_shown;
    company.grouping = storage::KpiGrouping::Company;
    emit figureClicked(company, source, std::string(), sourceTitle(source));
}

QWidget* DashboardView::currentPage() const {
    return m_pages->currentWidget();
}

QString DashboardView::exportTitle(int page) const {
    return tr("%1 dashboard, %2 (%3, %4)")
        .arg(m_pages->tabText(page).remove(QLatin1Char('&')), qs(m_shown.period.label()),
             m_team->currentText(), m_tier->currentText());
}

} // namespace tessera::app
