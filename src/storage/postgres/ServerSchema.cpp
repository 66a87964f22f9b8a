#include "storage/postgres/ServerSchema.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/postgres/ServerMigrations.h"

#include <string>

namespace tessera::storage {

Result<int> serverSchemaVersion(ServerConnection& server) {
    auto exists = server.queryInt64("SELECT count(*) FROM pg_catalog.pg_tables "
                                    "WHERE schemaname = 'public' AND tablename = "
                                    "'schema_migrations'");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return 0;
    auto version = server.queryInt64("SELECT coalesce(max(version), 0) FROM schema_migrations");
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status migrateServerSchema(ServerConnection& server) {
    auto version = serverSchemaVersion(server);
    if (!version)
        return version.error();
    const int latest = latestServerSchemaVersion();
    if (*version > latest)
        return makeError(ErrorCode::NewerSchema, "schema " + std::to_string(*version) +
                                                     "; this version reads up to schema " +
                                                     std::to_string(latest));
    for (const Migration& m : allServerMigrations()) {
        // The first file creates the whole schema of its version; a server
        // at version v takes only the files above v.
        if (m.version <= *version)
            continue;
        auto applied = server.exec(m.sql);
        if (!applied)
            return makeError(applied.error().code,
                             "migration " + std::string(m.name) + ": " + applied.error().message);
    }
    return {};
}

Result<bool> serverHoldsData(ServerConnection& server) {
    auto version = serverSchemaVersion(server);
    if (!version)
        return version.error();
    if (*version == 0)
        return false;
    auto users = server.queryInt64("SELECT count(*) FROM users");
    if (!users)
        return users.error();
    return *users > 0;
}

} // namespace tessera::storage
