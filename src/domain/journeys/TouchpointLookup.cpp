#include "domain/journeys/TouchpointLookup.h"

#include "storage/journeys/JourneyRepository.h"

namespace tessera::domain {

Result<std::optional<std::int64_t>> TouchpointLookup::idOf(storage::Database& db,
                                                           const std::string& name) {
    if (QString::fromStdString(name).trimmed().isEmpty())
        return std::optional<std::int64_t>{};
    auto touchpoints = storage::JourneyRepository(db).touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    const QString wanted = QString::fromStdString(name).trimmed();
    for (const auto& t : *touchpoints)
        if (QString::fromStdString(t.name).compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<std::int64_t>(t.id);
    return makeError(ErrorCode::InvalidArgument,
                     tr("There is no touchpoint named '%1'; see the journey map for the "
                        "touchpoints there are.")
                         .arg(wanted)
                         .toStdString());
}

} // namespace tessera::domain
