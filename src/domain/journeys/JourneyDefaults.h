#pragma once

// The journey every new database starts with: product.md's five stages and
// the usual touchpoints of each, editable afterwards.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

namespace tessera::domain {

Status seedJourneyStages(storage::Database& db);

} // namespace tessera::domain
