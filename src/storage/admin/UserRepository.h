#pragma once

// Users: accounts, roles (stored as text; the domain gives them meaning),
// reporting lines and per-user key material.

#include "common/Result.h"
#include "storage/sqlite/Database.h"
#include "storage/security/UserKeyring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct UserRecord {
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    std::string role; // account_manager | supervisor | analyst | administrator
    std::optional<std::int64_t> supervisorId;
    UserCredentials credentials;
    bool active = true;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

class UserRepository {
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insert(const UserRecord& user);
    Result<std::optional<UserRecord>> findByUsername(const std::string& username);
    Result<std::optional<UserRecord>> findById(std::int64_t id);
    Result<std::vector<UserRecord>> all();
    // Account managers who report to `supervisorId`.
    Result<std::vector<std::int64_t>> reportsOf(std::int64_t supervisorId);
    Status updateProfile(const UserRecord& user);
    Status updateCredentials(std::int64_t id, const UserCredentials& credentials,
                             std::int64_t updatedAt);
    Status updateSealedDataKey(std::int64_t id, const Bytes& sealed);
    Result<std::int64_t> count();

private:
    Database& m_db;
};

} // namespace tessera::storage
