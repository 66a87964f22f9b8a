#pragma once

// The signed-in user: identity, role, the owners whose customers they may see,
// and the unlocked data key for personal data.

#include "domain/workspace/Role.h"
#include "storage/security/FieldCipher.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct Session {
    std::int64_t userId = 0;
    std::string username;
    std::string displayName;
    Role role = Role::AccountManager;
    // For supervisors: the account managers reporting to them.
    std::vector<std::int64_t> team;
    storage::SecretKey dataKey;
    std::shared_ptr<const storage::FieldCipher> cipher;
    // When the user last re-entered their password (Workspace::confirmIdentity), ms.
    std::optional<std::int64_t> identityConfirmedAt;
    // When this session signed in, ms (My Day: what is new since the one before).
    std::int64_t signedInAt = 0;
};

} // namespace tessera::domain
