#pragma once

// User accounts: adding users with a role and reporting line, changing
// passwords (which re-wraps the user's keys), listing, deactivating.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Role.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct NewUser {
    std::string username;
    std::string displayName;
    Role role = Role::AccountManager;
    std::string supervisorUsername; // account managers may report to a supervisor
    std::string password;
};

struct UserSummary {
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    Role role = Role::AccountManager;
    std::string supervisorUsername;
    bool active = true;
    bool removed = false; // removed with remove(): no keys, never signs in again
};

class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Workspace& workspace) : m_ws(workspace) {}

    Result<std::int64_t> add(const NewUser& user);
    // Users change their own password (giving the current one); administrators
    // may set anyone's password without it.
    Status changePassword(const std::string& username, const std::string& newPassword,
                          const std::optional<std::string>& currentPassword);
    Status setActive(const std::string& username, bool active);
    // Removes a user: no sign-in, no key material, and a new data key for
    // everyone else, so a copy of the file they kept opens nothing written later.
    // `job` hears the progress of the re-keying.
    Status remove(const std::string& username, const JobControl& job = {});
    Result<std::vector<UserSummary>> list();
    // The id of a user name, for any signed-in user (names are not secret).
    Result<std::int64_t> idOf(const std::string& username);

    static std::string validateUsername(const std::string& username); // empty when acceptable

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
