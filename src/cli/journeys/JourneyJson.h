#pragma once

// The journey map, snapshots and comparisons as tessera-cli writes them with
// --json (docs/journeys.md lists the fields): optional figures are null.

#include "domain/journeymaps/JourneySnapshots.h"

#include <QJsonObject>

namespace tessera::cli {

QJsonObject touchpointJson(const domain::TouchpointFigures& t);
QJsonObject journeyMapJson(const domain::JourneyMap& map);
QJsonObject snapshotInfoJson(const domain::JourneySnapshotInfo& info);
QJsonObject comparisonJson(const domain::JourneyComparison& comparison);

} // namespace tessera::cli
