#include "domain/journeys/TouchpointLookup.h"

#include "storage/journeys/JourneyRepository.h"

#include <algorithm>

namespace tessera::domain {

Result<std::optional<std::int64_t>> TouchpointLookup::idOf(storage::Database& db,
                                                           const std::string& name,
                                                           std::optional<std::int64_t> current) {
    if (QString::fromStdString(name).trimmed().isEmpty())
        return std::optional<std::int64_t>{};
    storage::JourneyRepository journeys(db);
    auto stages = journeys.stages();
    if (!stages)
        return stages.error();
    auto touchpoints = journeys.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    const QString wanted = QString::fromStdString(name).trimmed();
    for (const auto& t : *touchpoints) {
        if (QString::fromStdString(t.name).compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        const bool stageRetired = std::any_of(stages->begin(), stages->end(), [&](const auto& s) {
            return s.id == t.stageId && s.retiredAt.has_value();
        });
        if ((t.retiredAt || stageRetired) && current != t.id)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The touchpoint '%1' is retired; choose one in use on the journey "
                                "map.")
                                 .arg(QString::fromStdString(t.name))
                                 .toStdString());
        return std::optional<std::int64_t>(t.id);
    }
    return makeError(ErrorCode::InvalidArgument,
                     tr("There is no touchpoint named '%1'; see the journey map for the "
                        "touchpoints there are.")
                         .arg(wanted)
                         .toStdString());
}

} // namespace tessera::domain
