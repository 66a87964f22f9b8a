#pragma once

// How the dashboards write their figures: NPS in points, rates as
// percentages, CES to two places, money with the locale's grouping, hours
// with "h"; "–" for a figure with nothing to measure.

#include "domain/kpi/KpiFigures.h"

#include <QString>
#include <string>

namespace tessera::app {

// The figure a tile shows: a KPI (kpiValue) or a count (responses, tickets).
double tileValue(const domain::KpiFigures& figures, const std::string& key);
QString formatKpi(const std::string& key, double value);
// "▲ 3.2 points against 2026Q2" / "▼ …", coloured by whether it is better.
QString changeText(const std::string& key, double value, double previous,
                   const QString& previousLabel);
// A KPI's name for people ("Retention", "Median first response"), by key.
QString kpiLabel(const std::string& key);
// Where the customers behind a tile come from.
storage::KpiRepository::Source tileSource(const std::string& key);
QString sourceTitle(storage::KpiRepository::Source source);

} // namespace tessera::app
