#pragma once

// The server's side of "each Tessera user is a PostgreSQL role": a login role
// per user, recorded in server_roles (which the row-level security policies
// read through tessera_user_id()), with the privileges of the user's Tessera
// role granted by the schema's tessera_grant_role(). Creating roles needs the
// CREATEROLE privilege: the owner's connection does it, never a user's.

#include "common/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::storage {

class ServerConnection;

struct ServerUser {
    std::int64_t id = 0;
    std::string username;
    std::string role; // account_manager, supervisor, analyst, administrator
    bool active = true;
};

Result<std::vector<ServerUser>> serverUsers(ServerConnection& server);

// Creates the login role (or takes the existing one of that name), maps it to
// the user and grants what their Tessera role needs. An inactive user's role
// cannot log in.
Status grantServerLogin(ServerConnection& server, const ServerUser& user,
                        const std::string& roleName);

// Only the roles granted above (and the owner) may connect to the database:
// PostgreSQL lets every role of the cluster connect and make temporary
// tables in a new database.
Status closeServerToOthers(ServerConnection& server);

} // namespace tessera::storage
