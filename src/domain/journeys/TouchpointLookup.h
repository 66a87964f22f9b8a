#pragma once

// A journey touchpoint named by a user (case does not matter), for the
// records that say where they happened: interactions, surveys.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <QCoreApplication>
#include <optional>
#include <string>

namespace tessera::domain {

class TouchpointLookup {
    Q_DECLARE_TR_FUNCTIONS(TouchpointLookup)

public:
    // The touchpoint's id, nullopt for a blank name; InvalidArgument naming
    // the journey map when there is no such touchpoint or it is retired.
    // `current`: the touchpoint the record names already, accepted even when
    // retired, so an old record can be edited without losing it.
    static Result<std::optional<std::int64_t>> idOf(storage::Database& db, const std::string& name,
                                                    std::optional<std::int64_t> current = {});
};

} // namespace tessera::domain
