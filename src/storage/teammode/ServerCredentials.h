#pragma once

// A Tessera user's own key material as the server hands it to their login
// role (tessera_my_keys()): the password hash to check, the wrapped secret
// key to open with the password, and the data key sealed to them. Other
// users' keys are beyond the role's column privileges.

#include "common/Result.h"
#include "storage/security/UserKeyring.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

class ServerConnection;

struct ServerIdentity {
    std::int64_t userId = 0;
    std::string username;
    std::string displayName;
    std::string role;
    UserCredentials credentials;
};

// nullopt when the login role is no active Tessera user's.
Result<std::optional<ServerIdentity>> readServerIdentity(ServerConnection& server);

} // namespace tessera::storage
