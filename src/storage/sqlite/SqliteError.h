#pragma once

// Turns an SQLite result code into an Error with a code the upper layers can act on.

#include "common/Result.h"

#include <string_view>

struct sqlite3;

namespace tessera::storage {

// `context` names what was being done (an SQL text or a short phrase).
Error sqliteError(sqlite3* db, int resultCode, std::string_view context);

ErrorCode errorCodeForSqlite(int resultCode);

} // namespace tessera::storage
