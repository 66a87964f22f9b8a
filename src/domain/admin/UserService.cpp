#include "domain/admin/UserService.h"

#include "domain/admin/MaintenanceService.h"
#include "storage/security/UserKeyring.h"
#include "storage/admin/UserRepository.h"

#include <unordered_map>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// remove() wipes the key material; nothing brings such an account back.
bool isRemoved(const storage::UserRecord& user) {
    return user.credentials.publicKey.empty();
}

// The user called `username`, or an error that says there is none.
Result<storage::UserRecord> existingUser(storage::UserRepository& users,
                                         const std::string& username) {
    auto user = users.findByUsername(username);
    if (!user)
        return user.error();
    if (!*user)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserService", "There is no user '%1'.")
                             .arg(q(username))
                             .toStdString());
    return **user;
}

Status refuseRemoved(const storage::UserRecord& user) {
    if (!isRemoved(user))
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     UserService::tr("The user %1 was removed and cannot sign in again; add a "
                                     "new user instead.")
                         .arg(q(user.username))
                         .toStdString());
}

} // namespace

std::string UserService::validateUsername(const std::string& username) {
    const bool shaped =
        !username.empty() && username.size() <= 64 &&
        std::all_of(username.begin(), username.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
        });
    if (!shaped)
        return tr("A user name has 1 to 64 letters, digits, dots, dashes or underscores.")
            .toStdString();
    return {};
}

Result<std::int64_t> UserService::add(const NewUser& user) {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "user", user.username));
    if (std::string problem = validateUsername(user.username); !problem.empty())
        return makeError(ErrorCode::InvalidArgument, problem);
    if (std::string problem = Workspace::validatePassword(user.password); !problem.empty())
        return makeError(ErrorCode::InvalidArgument, problem);
    storage::UserRepository users(m_ws.db());
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto existing = users.findByUsername(user.username);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::AlreadyExists,
                         tr("The user name '%1' is taken.").arg(q(user.username)).toStdString());
    storage::UserRecord record;
    record.username = user.username;
    record.displayName = user.displayName.empty() ? user.username : user.displayName;
    record.role = std::string(roleKey(user.role));
    if (!user.supervisorUsername.empty()) {
        auto supervisor = users.findByUsername(user.supervisorUsername);
        if (!supervisor)
            return supervisor.error();
        if (!*supervisor || (*supervisor)->role != roleKey(Role::Supervisor))
            return makeError(ErrorCode::InvalidArgument, tr("'%1' is not a supervisor's user name.")
                                                             .arg(q(user.supervisorUsername))
                                                             .toStdString());
        if (user.role != Role::AccountManager)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Only account managers report to a supervisor.").toStdString());
        record.supervisorId = (*supervisor)->id;
    }
    auto credentials = storage::UserKeyring::create(user.password, m_ws.session().dataKey);
    if (!credentials)
        return credentials.error();
    record.credentials = std::move(*credentials);
    record.createdAt = record.updatedAt = m_ws.nowMs();
    auto id = users.insert(record);
    if (!id)
        return id.error();
    TESSERA_TRY(m_ws.audit({"user.add", "user", user.username, std::string(roleKey(user.role))}));
    TESSERA_TRY(tx->commit());
    return id;
}

Status UserService::changePassword(const std::string& username, const std::string& newPassword,
                                   const std::optional<std::string>& currentPassword) {
    const Session& session = m_ws.session();
    const bool own = username == session.username;
    if (!own)
        TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "user", username));
    if (std::string problem = Workspace::validatePassword(newPassword); !problem.empty())
        return makeError(ErrorCode::InvalidArgument, problem);
    storage::UserRepository users(m_ws.db());
    auto user = existingUser(users, username);
    if (!user)
        return user.error();
    if (own && session.role != Role::Administrator &&
        (!currentPassword ||
         !storage::UserKeyring::verifyPassword(user->credentials.passwordHash, *currentPassword))) {
        (void)m_ws.audit({"user.passwd", "user", username, "wrong current password", "refused"});
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The current password is wrong.").toStdString());
    }
    TESSERA_TRY(refuseRemoved(*user));
    auto credentials = storage::UserKeyring::create(newPassword, session.dataKey);
    if (!credentials)
        return credentials.error();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(users.updateCredentials(user->id, *credentials, m_ws.nowMs()));
    TESSERA_TRY(m_ws.audit({"user.passwd", "user", username, {}}));
    return tx->commit();
}

Status UserService::setActive(const std::string& username, bool active) {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "user", username));
    if (username == m_ws.session().username && !active)
        return makeError(ErrorCode::InvalidArgument,
                         tr("You cannot deactivate your own account.").toStdString());
    storage::UserRepository users(m_ws.db());
    auto user = existingUser(users, username);
    if (!user)
        return user.error();
    TESSERA_TRY(refuseRemoved(*user));
    storage::UserRecord record = *user;
    record.active = active;
    record.updatedAt = m_ws.nowMs();
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(users.updateProfile(record));
    TESSERA_TRY(m_ws.audit({active ? "user.activate" : "user.deactivate", "user", username, {}}));
    return tx->commit();
}

Result<std::int64_t> UserService::idOf(const std::string& username) {
    if (!m_ws.isLoggedIn())
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    storage::UserRepository users(m_ws.db());
    auto user = existingUser(users, username);
    if (!user)
        return user.error();
    return user->id;
}

Status UserService::remove(const std::string& username, const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "user", username));
    if (username == m_ws.session().username)
        return makeError(ErrorCode::InvalidArgument,
                         tr("You cannot remove your own account.").toStdString());
    storage::UserRepository users(m_ws.db());
    auto user = existingUser(users, username);
    if (!user)
        return user.error();
    TESSERA_TRY(refuseRemoved(*user));
    {
        auto tx = storage::TransactionGuard::begin(m_ws.db());
        if (!tx)
            return tx.error();
        storage::UserRecord record = *user;
        record.active = false;
        record.updatedAt = m_ws.nowMs();
        TESSERA_TRY(users.updateProfile(record));
        TESSERA_TRY(users.updateCredentials(
            record.id, storage::UserCredentials{"removed", {}, {}, {}, {}}, record.updatedAt));
        TESSERA_TRY(m_ws.audit({"user.remove", "user", username, {}}));
        TESSERA_TRY(tx->commit());
    }
    auto rotated = MaintenanceService(m_ws).rotateDataKey(job);
    if (!rotated)
        return rotated.error();
    return {};
}

Result<std::vector<UserSummary>> UserService::list() {
    TESSERA_TRY(m_ws.authorize(Action::ManageUsers, "user", "*"));
    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    std::unordered_map<std::int64_t, std::string> names;
    for (const auto& u : *users)
        names.emplace(u.id, u.username);
    std::vector<UserSummary> out;
    for (const auto& u : *users) {
        UserSummary s;
        s.id = u.id;
        s.username = u.username;
        s.displayName = u.displayName;
        s.role = roleFromKey(u.role).value_or(Role::AccountManager);
        if (u.supervisorId)
            s.supervisorUsername = names[*u.supervisorId];
        s.active = u.active;
        s.removed = isRemoved(u);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace tessera::domain
