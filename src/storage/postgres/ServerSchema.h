#pragma once

// The schema on a PostgreSQL server: which version it holds, bringing an
// empty or older database up to date, and refusing one written by a newer
// Tessera with the same error as a newer file.

#include "common/Result.h"

namespace tessera::storage {

class ServerConnection;

// 0 when the database holds no Tessera schema yet.
Result<int> serverSchemaVersion(ServerConnection& server);

// Applies the missing migrations in the caller's transaction (PostgreSQL's
// DDL is transactional, so a failure leaves the database as it was).
Status migrateServerSchema(ServerConnection& server);

// Whether the Tessera tables hold any user yet: a server that does is a
// Tessera database already, never a target to copy a file into.
Result<bool> serverHoldsData(ServerConnection& server);

} // namespace tessera::storage
