#include "app/journeys/JourneyView.h"

#include "app/common/PeriodFilters.h"
#include "app/common/Text.h"
#include "app/jobs/WorkerJob.h"
#include "app/journeys/JourneyMapScene.h"
#include "app/journeys/JourneyMapView.h"
#include "app/journeys/JourneyPathsPanel.h"
#include "domain/records/Vocabulary.h"
#include "domain/workspace/Log.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

constexpr int kTeamNameRole = Qt::UserRole + 1;

// What a worker returns: the map and how long it took (for the log).
struct Computed {
    domain::JourneyMap map;
    qint64 ms = 0;
};

} // namespace

JourneyView::JourneyView(domain::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("journeyView"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("journeySplitter"));
    m_splitter->addWidget(buildMapArea());
    m_paths = new JourneyPathsPanel(m_splitter);
    m_splitter->addWidget(m_paths);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 330});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(buildButtons());
    layout->addWidget(m_splitter, 1);
}

QWidget* JourneyView::buildFilters() {
    auto* bar = new QWidget(this);
    m_kind = PeriodFilters::kindBox(bar);
    m_kind->setObjectName(QStringLiteral("journeyPeriodKindBox"));
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("journeyPeriodBox"));
    m_team = PeriodFilters::teamBox(bar, m_workspace, kTeamNameRole);
    m_team->setObjectName(QStringLiteral("journeyTeamBox"));
    // An account manager sees their own portfolio only: there is no team to choose.
    m_team->setVisible(m_workspace.session().role != domain::Role::AccountManager);
    m_tier = PeriodFilters::tierBox(bar);
    m_tier->setObjectName(QStringLiteral("journeyTierBox"));
    m_segment = new QComboBox(bar);
    m_segment->setObjectName(QStringLiteral("journeySegmentBox"));
    m_segment->addItem(tr("All RFM segments"), QString());
    for (const auto& s : domain::vocabulary::rfmSegments())
        m_segment->addItem(s.label, qs(s.key));
    auto* refresh = new QPushButton(tr("&Refresh"), bar);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("journeyStatus"));
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_kind);
    row->addWidget(periodLabel);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_period, m_team, m_tier, m_segment, refresh})
        row->addWidget(w);
    row->addWidget(m_status, 1);
    fillPeriods();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        reload();
    });
    for (QComboBox* box : {m_period, m_team, m_tier, m_segment})
        connect(box, &QComboBox::activated, this, &JourneyView::reload);
    connect(refresh, &QPushButton::clicked, this, &JourneyView::reload);
    return bar;
}

QWidget* JourneyView::buildButtons() {
    auto* bar = new QWidget(this);
    m_saveSnapshot = new QPushButton(tr("&Save Snapshot…"), bar);
    m_saveSnapshot->setObjectName(QStringLiteral("saveSnapshotButton"));
    m_saveSnapshot->setEnabled(false);
    auto* compare = new QPushButton(tr("&Compare Snapshots…"), bar);
    compare->setObjectName(QStringLiteral("compareSnapshotsButton"));
    m_editStages = new QPushButton(tr("Edit S&tages…"), bar);
    m_editStages->setObjectName(QStringLiteral("editStagesButton"));
    m_editStages->setVisible(
        domain::AccessPolicy::check(m_workspace.session(), domain::Action::EditJourney).ok());
    m_exportButton = new QPushButton(tr("E&xport…"), bar);
    m_exportButton->setObjectName(QStringLiteral("exportJourneyButton"));
    m_exportButton->setToolTip(tr("Save the map as a PNG image, an SVG drawing or a PDF."));
    m_exportButton->setEnabled(false);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_saveSnapshot);
    row->addWidget(compare);
    row->addWidget(m_editStages);
    row->addStretch(1);
    row->addWidget(m_exportButton);
    connect(m_saveSnapshot, &QPushButton::clicked, this, &JourneyView::saveSnapshotRequested);
    connect(compare, &QPushButton::clicked, this, &JourneyView::compareRequested);
    connect(m_editStages, &QPushButton::clicked, this, &JourneyView::editStagesRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &JourneyView::exportRequested);
    return bar;
}

QWidget* JourneyView::buildMapArea() {
    auto* area = new QWidget(this);
    m_scene = new JourneyMapScene(this);
    m_mapView = new JourneyMapView(m_scene, area);
    m_mapView->setMinimumWidth(320);
    const auto tool = [area](const QString& text, const QString& tip, const char* name) {
        auto* button = new QToolButton(area);
        button->setText(text);
        button->setToolTip(tip);
        button->setObjectName(QLatin1String(name));
        button->setAutoRaise(true);
        return button;
    };
    QToolButton* in = tool(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"), "zoomInButton");
    QToolButton* out = tool(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"), "zoomOutButton");
    QToolButton* fit = tool(tr("Fit"), tr("Show the whole map"), "zoomFitButton");
    connect(in, &QToolButton::clicked, m_mapView, &JourneyMapView::zoomIn);
    connect(out, &QToolButton::clicked, m_mapView, &JourneyMapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_mapView, &JourneyMapView::fitMap);
    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Zoom:"), area));
    tools->addWidget(out);
    tools->addWidget(in);
    tools->addWidget(fit);
    tools->addStretch(1);
    auto* column = new QVBoxLayout(area);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(tools);
    column->addWidget(m_mapView, 1);
    connect(m_scene, &JourneyMapScene::cardClicked, this,
            [this](std::int64_t id, const QString& stage, const QString& touchpoint) {
                emit cardClicked(
                    m_shown, id,
                    tr("%1 / %2, %3").arg(stage, touchpoint, qs(m_shown.period.label())));
            });
    return area;
}

void JourneyView::fillPeriods() {
    PeriodFilters::fillPeriods(m_period, m_kind, m_workspace, 0, /*markRunning=*/true);
    // The last whole period: one still running would compare badly with the rest.
    m_period->setCurrentIndex(1);
}

domain::JourneyRequest JourneyView::request() const {
    domain::JourneyRequest r;
    if (auto period = domain::KpiPeriod::parse(m_period->currentData().toString().toStdString()))
        r.period = *period;
    if (const QVariant team = m_team->currentData(); team.isValid())
        r.teamSupervisor = team.toLongLong();
    if (const QString tier = m_tier->currentData().toString(); !tier.isEmpty())
        r.tier = tier.toStdString();
    if (const QString segment = m_segment->currentData().toString(); !segment.isEmpty())
        r.segment = segment.toStdString();
    return r;
}

QString JourneyView::describe() const {
    QStringList parts;
    parts << m_period->currentData().toString();
    if (m_team->currentData().isValid())
        parts << m_team->currentText();
    if (!m_tier->currentData().toString().isEmpty())
        parts << m_tier->currentText();
    if (!m_segment->currentData().toString().isEmpty())
        parts << m_segment->currentText();
    if (parts.size() == 1)
        parts << tr("everyone you may see");
    return parts.join(QStringLiteral(", "));
}

QString JourneyView::suggestedSnapshotName() const {
    const QString period = qs(m_shown.period.label());
    return m_map.population.empty() ? tr("%1 everyone").arg(period)
                                    : QStringLiteral("%1 %2").arg(period, qs(m_map.population));
}

void JourneyView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && m_generation == 0)
        reload();
}

void JourneyView::reload() {
    m_status->setText(tr("Computing the journey map…"));
    const int generation = ++m_generation;
    const domain::JourneyRequest wanted = request();
    const QString description = describe();
    const std::string teamName = m_team->currentData(kTeamNameRole).toString().toStdString();
    runOnWorker<Computed>(
        this, m_workspace,
        [wanted, teamName](domain::Workspace& ws) -> Result<Computed> {
            QElapsedTimer timer;
            timer.start();
            auto map = domain::JourneyService(ws).compute(wanted);
            if (!map)
                return map.error();
            map->population = domain::JourneyService::populationLabel(wanted, {}, teamName);
            return Computed{std::move(*map), timer.elapsed()};
        },
        [this, generation, wanted, description](Result<Computed> result) {
            if (generation != m_generation)
                return;
            m_shown = wanted;
            m_shownDescription = description;
            if (!result)
                return display(result.error());
            std::size_t touchpoints = 0;
            for (const auto& s : result->map.stages)
                touchpoints += s.touchpoints.size();
            domain::log::logger().info("journey map user={} stages={} touchpoints={} "
                                       "customers={} ms={}",
                                       m_workspace.session().userId, result->map.stages.size(),
                                       touchpoints, result->map.customers, result->ms);
            display(std::move(result->map));
        });
}

void JourneyView::display(Result<domain::JourneyMap> result) {
    m_loaded = true;
    if (!result) {
        m_map = {};
        m_status->setText(qs(result.error().message));
        m_scene->showMessage(qs(result.error().message));
        m_paths->clear();
        m_saveSnapshot->setEnabled(false);
        m_exportButton->setEnabled(false);
        emit loaded();
        return;
    }
    m_map = std::move(*result);
    m_status->setText(tr("%1: %Ln customer(s)", nullptr, static_cast<int>(m_map.customers))
                          .arg(m_shownDescription));
    m_scene->setMap(m_map, tr("Journey map, %1").arg(m_shownDescription));
    m_mapView->mapReplaced();
    m_paths->setMap(m_map);
    m_saveSnapshot->setEnabled(true);
    m_exportButton->setEnabled(true);
    emit loaded();
}

} // namespace tessera::app
