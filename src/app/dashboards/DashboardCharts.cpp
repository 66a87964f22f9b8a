#include "app/dashboards/DashboardCharts.h"

#include "app/common/Text.h"
#include "domain/kpi/SurveyInsights.h"
#include "domain/records/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace tessera::app {
namespace {

// The strings' translation context (lupdate reads DashboardCharts::tr).
struct DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis* valueAxis(QChart* chart, Qt::Alignment side, double low, double high,
                      const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(low, high);
    axis->setTitleText(title);
    axis->setLabelFormat(high - low >= 50 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(axis, side);
    return axis;
}

// A driver's name: the dimension's label, or CES.
QString driverLabel(const std::string& key) {
    for (const auto& term : domain::vocabulary::crmvDimensions())
        if (term.key == key)
            return term.label;
    return DashboardCharts::tr("CES (ease)");
}

} // namespace

QString groupLabel(const std::string& key) {
    if (key.empty())
        return DashboardCharts::tr("(none)");
    // A tier's key is its English name: show its label in the user's language.
    for (const auto& tier : domain::vocabulary::tiers())
        if (tier.key == key)
            return tier.label;
    return qs(key);
}

QChart* trendChart(const QString& title, const std::vector<domain::TrendPoint>& points) {
    QChart* chart = newChart(title);
    auto* nps = new QLineSeries;
    nps->setName(DashboardCharts::tr("NPS"));
    auto* csat = new QLineSeries;
    csat->setName(DashboardCharts::tr("CSAT (% satisfied)"));
    QStringList labels;
    for (std::size_t i = 0; i < points.size(); ++i) {
        labels << qs(points[i].label);
        const auto& f = points[i].figures;
        if (std::isfinite(f.nps.value))
            nps->append(static_cast<double>(i), f.nps.value);
        if (std::isfinite(f.csat.value))
            csat->append(static_cast<double>(i), f.csat.value * 100.0);
    }
    chart->addSeries(nps);
    chart->addSeries(csat);
    // Period labels at their points: a category axis would cut "2026Q3" short.
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, static_cast<double>(points.size()) - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsAngle(-45);
    for (int i = 0; i < labels.size(); ++i)
        x->append(labels[i], i);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* left = valueAxis(chart, Qt::AlignLeft, -100, 100, DashboardCharts::tr("NPS"));
    QValueAxis* right = valueAxis(chart, Qt::AlignRight, 0, 100, DashboardCharts::tr("CSAT %"));
    nps->attachAxis(x);
    nps->attachAxis(left);
    csat->attachAxis(x);
    csat->attachAxis(right);
    return chart;
}

QChart* groupBarChart(const QString& title, const QString& valueName,
                      const std::vector<domain::KpiFigures>& groups,
                      const std::function<double(const domain::KpiFigures&)>& value,
                      const std::function<void(const std::string&)>& clicked) {
    QChart* chart = newChart(title);
    auto* set = new QBarSet(valueName);
    set->setObjectName(QStringLiteral("bars"));
    QStringList categories;
    auto keys = std::make_shared<std::vector<std::string>>();
    double low = 0.0;
    double high = 0.0;
    for (const auto& g : groups) {
        const double v = value(g);
        if (!std::isfinite(v))
            continue;
        categories << groupLabel(g.key);
        keys->push_back(g.key);
        *set << v;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    if (categories.size() > 4)
        axis->setLabelsAngle(-45);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis* y =
        valueAxis(chart, Qt::AlignLeft, low, high > low ? high * 1.1 : low + 1, valueName);
    series->attachAxis(y);
    chart->legend()->hide();
    QObject::connect(set, &QBarSet::clicked, chart, [keys, clicked](int index) {
        if (index >= 0 && index < static_cast<int>(keys->size()))
            clicked((*keys)[static_cast<std::size_t>(index)]);
    });
    return chart;
}

QChart* driverQuadrantChart(const QString& title, const domain::KeyDrivers& drivers) {
    QChart* chart = newChart(title);
    // Axes fitted to the drivers, so that close ones still stand apart.
    double most = 0.0;
    double low = 7.0;
    double high = 1.0;
    double importance = 0.0;
    double performance = 0.0;
    int measured = 0;
    for (const auto& d : drivers.drivers)
        if (std::isfinite(d.importance) && std::isfinite(d.performance)) {
            most = std::max(most, d.importance * 100.0);
            low = std::min(low, d.performance);
            high = std::max(high, d.performance);
            importance += d.importance * 100.0;
            performance += d.performance;
            ++measured;
        }
    QValueAxis* x = valueAxis(chart, Qt::AlignBottom, 0, std::max(10.0, most * 1.15),
                              DashboardCharts::tr("Importance (% of explained)"));
    QValueAxis* y = valueAxis(chart, Qt::AlignLeft, std::max(1.0, low - 0.3),
                              std::min(7.0, high + 0.3), DashboardCharts::tr("Performance (1-7)"));
    if (measured > 0) {
        // The quadrants' borders: the drivers' average importance and performance.
        const double midX = importance / measured;
        const double midY = performance / measured;
        for (auto [from, to] : {std::pair{QPointF(midX, y->min()), QPointF(midX, y->max())},
                                std::pair{QPointF(x->min(), midY), QPointF(x->max(), midY)}}) {
            auto* border = new QLineSeries;
            border->append(from);
            border->append(to);
            border->setPen(QPen(Qt::gray, 1, Qt::DashLine));
            chart->addSeries(border);
            border->attachAxis(x);
            border->attachAxis(y);
            chart->legend()->markers(border).front()->setVisible(false);
        }
    }
    for (const auto& d : drivers.drivers) {
        if (!std::isfinite(d.importance) || !std::isfinite(d.performance))
            continue;
        auto* point = new QScatterSeries;
        point->setName(QStringLiteral("%1: %2").arg(
            driverLabel(d.key), domain::SurveyInsights::quadrantLabel(d.quadrant)));
        point->setMarkerSize(d.quadrant == "act_first" ? 16 : 11);
        if (d.quadrant == "act_first")
            point->setColor(QColor(0xb3, 0x26, 0x1e));
        point->append(d.importance * 100.0, d.performance);
        chart->addSeries(point);
        point->attachAxis(x);
        point->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* satisfactionValueChart(const QString& title,
                               const std::vector<domain::KpiFigures>& groups) {
    QChart* chart = newChart(title);
    double high = 1.0;
    for (const auto& g : groups)
        if (std::isfinite(g.clvMean))
            high = std::max(high, g.clvMean);
    QValueAxis* x = valueAxis(chart, Qt::AlignBottom, 0, high * 1.1,
                              DashboardCharts::tr("Mean lifetime value"));
    QValueAxis* y = valueAxis(chart, Qt::AlignLeft, -100, 100, DashboardCharts::tr("NPS"));
    for (const auto& g : groups) {
        if (!std::isfinite(g.clvMean) || !std::isfinite(g.nps.value))
            continue;
        auto* point = new QScatterSeries;
        point->setName(groupLabel(g.key));
        point->setMarkerSize(11);
        point->setPointLabelsFormat(groupLabel(g.key));
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false);
        point->append(g.clvMean, g.nps.value);
        chart->addSeries(point);
        point->attachAxis(x);
        point->attachAxis(y);
    }
    chart->legend()->hide();
    return chart;
}

} // namespace tessera::app
