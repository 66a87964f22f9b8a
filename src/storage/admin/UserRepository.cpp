#include "storage/admin/UserRepository.h"

namespace tessera::storage {
namespace {

constexpr const char* kColumns =
    "id, username, display_name, role, supervisor_id, password_hash, kek_salt, public_key, "
    "secret_key_wrapped, data_key_sealed, active, created_at, updated_at";

// On a team server a login role other than an administrator's may read the
// users' public columns only (tessera_grant_role): the others' password
// hashes and key material stay out of its reach, and read as empty here.
constexpr const char* kPublicColumns =
    "id, username, display_name, role, supervisor_id, '' AS password_hash, NULL AS kek_salt, "
    "public_key, NULL AS secret_key_wrapped, NULL AS data_key_sealed, active, created_at, "
    "updated_at";

std::string columnsFor(Database& db) {
    if (!db.isServer())
        return kColumns;
    auto full = db.queryInt64("SELECT CASE WHEN has_column_privilege('users', 'password_hash', "
                              "'SELECT') THEN 1 ELSE 0 END");
    return full && *full ? kColumns : kPublicColumns;
}

UserRecord readUser(const Statement& s) {
    UserRecord u;
    u.id = s.int64(0);
    u.username = s.text(1);
    u.displayName = s.text(2);
    u.role = s.text(3);
    u.supervisorId = s.optionalInt64(4);
    u.credentials.passwordHash = s.text(5);
    u.credentials.kekSalt = s.blob(6);
    u.credentials.publicKey = s.blob(7);
    u.credentials.secretKeyWrapped = s.blob(8);
    u.credentials.dataKeySealed = s.blob(9);
    u.active = s.int64(10) != 0;
    u.createdAt = s.int64(11);
    u.updatedAt = s.int64(12);
    return u;
}

} // namespace

Result<std::int64_t> UserRepository::insert(const UserRecord& u) {
    auto stmt = m_db.prepare(
        "INSERT INTO users (username, display_name, role, supervisor_id, password_hash, kek_salt, "
        "public_key, secret_key_wrapped, data_key_sealed, active, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, u.username).bind(2, u.displayName).bind(3, u.role).bind(4, u.supervisorId);
    stmt->bind(5, u.credentials.passwordHash)
        .bindBlob(6, u.credentials.kekSalt)
        .bindBlob(7, u.credentials.publicKey)
        .bindBlob(8, u.credentials.secretKeyWrapped)
        .bindBlob(9, u.credentials.dataKeySealed);
    stmt->bind(10, u.active ? 1 : 0).bind(11, u.createdAt).bind(12, u.updatedAt);
    TESSERA_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const std::string& username) {
    auto stmt = m_db.prepare("SELECT " + columnsFor(m_db) + " FROM users WHERE username = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, username);
    return stmt->first(readUser);
}

Result<std::optional<UserRecord>> UserRepository::findById(std::int64_t id) {
    auto stmt = m_db.prepare("SELECT " + columnsFor(m_db) + " FROM users WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->first(readUser);
}

Result<std::vector<UserRecord>> UserRepository::all() {
    auto stmt = m_db.prepare("SELECT " + columnsFor(m_db) + " FROM users ORDER BY username");
    if (!stmt)
        return stmt.error();
    return stmt->collect(readUser);
}

Result<std::vector<std::int64_t>> UserRepository::reportsOf(std::int64_t supervisorId) {
    auto stmt = m_db.prepare("SELECT id FROM users WHERE supervisor_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, supervisorId);
    return stmt->collect([](const Statement& s) { return s.int64(0); });
}

Status UserRepository::updateProfile(const UserRecord& u) {
    auto stmt = m_db.prepare("UPDATE users SET display_name = ?, role = ?, supervisor_id = ?, "
                             "active = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, u.displayName).bind(2, u.role).bind(3, u.supervisorId);
    stmt->bind(4, u.active ? 1 : 0).bind(5, u.updatedAt).bind(6, u.id);
    return stmt->run();
}

Status UserRepository::updateCredentials(std::int64_t id, const UserCredentials& c,
                                         std::int64_t updatedAt) {
    auto stmt = m_db.prepare("UPDATE users SET password_hash = ?, kek_salt = ?, public_key = ?, "
                             "secret_key_wrapped = ?, data_key_sealed = ?, updated_at = ? "
                             "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, c.passwordHash).bindBlob(2, c.kekSalt).bindBlob(3, c.publicKey);
    stmt->bindBlob(4, c.secretKeyWrapped).bindBlob(5, c.dataKeySealed);
    stmt->bind(6, updatedAt).bind(7, id);
    return stmt->run();
}

Status UserRepository::updateSealedDataKey(std::int64_t id, const Bytes& sealed) {
    auto stmt = m_db.prepare("UPDATE users SET data_key_sealed = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindBlob(1, sealed).bind(2, id);
    return stmt->run();
}

Result<std::int64_t> UserRepository::count() {
    return m_db.queryInt64("SELECT count(*) FROM users");
}

} // namespace tessera::storage
