#include "storage/teammode/ServerRoles.h"

#include "storage/postgres/ServerConnection.h"

namespace tessera::storage {

Result<std::vector<ServerUser>> serverUsers(ServerConnection& server) {
    auto rows = server.query("SELECT id, username, role, active FROM users ORDER BY id");
    if (!rows)
        return rows.error();
    std::vector<ServerUser> users;
    for (int r = 0; r < rows->size(); ++r)
        users.push_back({rows->int64(r, 0), std::string(rows->text(r, 1)),
                         std::string(rows->text(r, 2)), rows->int64(r, 3) != 0});
    return users;
}

Status grantServerLogin(ServerConnection& server, const ServerUser& user,
                        const std::string& roleName) {
    const std::string role = server.quoteIdentifier(roleName);
    auto exists = server.queryInt64("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1",
                                    {roleName});
    if (!exists)
        return exists.error();
    const std::string login = user.active ? " LOGIN" : " NOLOGIN";
    TESSERA_TRY(server.exec((*exists ? "ALTER ROLE " : "CREATE ROLE ") + role + login));
    auto mapped = server.query("INSERT INTO server_roles (user_id, role_name) VALUES ($1, $2)",
                               {std::to_string(user.id), roleName});
    if (!mapped)
        return mapped.error();
    auto granted = server.query("SELECT tessera_grant_role($1, $2)", {roleName, user.role});
    if (!granted)
        return granted.error();
    // TEMP: a user's bulk load stages its rows in a temporary table, since
    // COPY cannot write through row-level security.
    return server.exec("GRANT CONNECT, TEMP ON DATABASE " +
                       server.quoteIdentifier(server.databaseName()) + " TO " + role);
}

Status closeServerToOthers(ServerConnection& server) {
    return server.exec("REVOKE ALL ON DATABASE " + server.quoteIdentifier(server.databaseName()) +
                       " FROM PUBLIC");
}

} // namespace tessera::storage
