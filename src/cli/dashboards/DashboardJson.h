#pragma once

// The JSON and text forms of the dashboards' figures for tessera-cli: KPIs,
// alerts, campaigns and their return. A figure with nothing to measure is
// JSON null, never 0.

#include "domain/campaigns/CampaignService.h"
#include "domain/kpi/KpiTargets.h"
#include "domain/workspace/Calendar.h"

#include <QJsonObject>

namespace tessera::cli {

QJsonValue number(double value);
QJsonObject kpiJson(const domain::KpiFigures& figures);
QJsonObject alertJson(const domain::KpiAlert& alert);
QJsonObject campaignJson(const storage::CampaignRecord& campaign);
QJsonObject roiJson(const domain::CampaignRoi& roi);
// "12.3" or "-" for a figure that is not there.
QString figureText(double value, int decimals = 1);

} // namespace tessera::cli
