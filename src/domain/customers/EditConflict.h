#pragma once

// The refusal of an edit that lost a race: the row version says the customer
// changed since it was read; this says who changed it and when.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"

#include <cstdint>

namespace tessera::domain {

// A Conflict error naming the last user who changed `customerId` and when
// (from the audit log), in the customer editor's words.
Error editConflict(Workspace& ws, std::int64_t customerId);

} // namespace tessera::domain
