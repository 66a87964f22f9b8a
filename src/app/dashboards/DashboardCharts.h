#pragma once

// The dashboards' charts, built from the domain's figures: trend lines, a
// bar per group, the key drivers' importance-versus-performance quadrant and
// satisfaction against value. Each returns a chart the view shows in a
// QChartView; bars report clicks with their category's group key.

#include "domain/dashboards/DashboardService.h"

#include <QChart>
#include <QStringList>
#include <functional>

namespace tessera::app {

// One line per series over the trend's periods: NPS (left axis, -100..100)
// and CSAT as a percentage (right axis, 0..100).
QChart* trendChart(const QString& title, const std::vector<domain::TrendPoint>& points);

// One bar per group with `value(figures)`; groups whose value is not a number
// are left out. `clicked` gets the group's key.
QChart* groupBarChart(const QString& title, const QString& valueName,
                      const std::vector<domain::KpiFigures>& groups,
                      const std::function<double(const domain::KpiFigures&)>& value,
                      const std::function<void(const std::string&)>& clicked);

// Importance (x, share of R squared) against performance (y, 1..7), a
// point per driver with its name, split at the averages.
QChart* driverQuadrantChart(const QString& title, const domain::KeyDrivers& drivers);

// Satisfaction (NPS, y) against value (mean CLV, x), a point per group.
QChart* satisfactionValueChart(const QString& title, const std::vector<domain::KpiFigures>& groups);

// "(none)" for an empty key, a tier's translated name, else the key (a user name, a team, a
// touchpoint).
QString groupLabel(const std::string& key);

} // namespace tessera::app
