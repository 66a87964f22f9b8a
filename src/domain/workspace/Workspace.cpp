#include "domain/workspace/Workspace.h"

#include "domain/workspace/Log.h"
#include "storage/admin/AuditChain.h"
#include "storage/admin/AuditRepository.h"
#include "storage/admin/SettingsRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/customers/LookupKeys.h"
#include "storage/customers/SearchKeyIndex.h"
#include "storage/postgres/ServerUri.h"
#include "storage/security/UserKeyring.h"
#include "storage/teammode/ServerCredentials.h"

#include <QDateTime>
#include <algorithm>

namespace tessera::domain {
namespace {

std::int64_t systemClock() {
    return QDateTime::currentMSecsSinceEpoch();
}

Result<Calendar> readCalendar(storage::Database& db) {
    storage::SettingsRepository settings(db);
    auto zone = settings.get("time_zone");
    if (!zone)
        return zone.error();
    return Calendar(zone->has_value() ? QByteArray::fromStdString(**zone) : QByteArray("UTC"));
}

} // namespace

std::string describeOpenError(const Error& error, const std::string& path) {
    const QString file = QString::fromStdString(path);
    const QString detail = QString::fromStdString(error.message);
    switch (error.code) {
    case ErrorCode::NotFound:
        return Workspace::tr("The database %1 does not exist. Check the path, or create it with "
                             "'tessera-cli init'.")
            .arg(file)
            .toStdString();
    case ErrorCode::NotADatabase:
        return Workspace::tr("%1 is not a Tessera database (%2). Choose a file created by Tessera.")
            .arg(file, detail)
            .toStdString();
    case ErrorCode::Corrupt:
        return Workspace::tr("The database %1 is damaged (%2). Restore it from a backup.")
            .arg(file, detail)
            .toStdString();
    case ErrorCode::NewerSchema:
        return Workspace::tr("The database %1 was written by a newer version of Tessera (%2). "
                             "Update Tessera to open it.")
            .arg(file, detail)
            .toStdString();
    case ErrorCode::ReadOnly:
        return Workspace::tr("The database %1 cannot be written (%2). Move it to a writable folder "
                             "or change its permissions.")
            .arg(file, detail)
            .toStdString();
    case ErrorCode::AlreadyExists:
        return Workspace::tr("%1 already exists. Choose another file name.")
            .arg(file)
            .toStdString();
    case ErrorCode::Conflict:
        return Workspace::tr("The database %1 is locked by another program. Close it and try "
                             "again.")
            .arg(file)
            .toStdString();
    default: return Workspace::tr("Cannot open %1: %2").arg(file, detail).toStdString();
    }
}

// The same for a team server: no file to name, a connection to check.
std::string describeServerOpenError(const Error& error, const std::string& shownUri) {
    const QString server = QString::fromStdString(shownUri);
    const QString detail = QString::fromStdString(error.message);
    switch (error.code) {
    case ErrorCode::NotADatabase:
        return Workspace::tr("The server database %1 holds no Tessera database yet. Copy a "
                             "database file to it with 'tessera-cli migrate --from FILE --to %1'.")
            .arg(server)
            .toStdString();
    case ErrorCode::NewerSchema:
        return Workspace::tr("The server database %1 was set up by another version of Tessera "
                             "(%2). Use the version your team uses.")
            .arg(server, detail)
            .toStdString();
    case ErrorCode::NotFound:
    case ErrorCode::IoError:
    case ErrorCode::AuthenticationFailed:
        return Workspace::tr("Cannot connect to the team server (%1). Check the server's "
                             "address, the database name and your login role, and that the "
                             "server is running.")
            .arg(detail)
            .toStdString();
    default: return Workspace::tr("Cannot open %1: %2").arg(server, detail).toStdString();
    }
}

namespace {

bool isNumber(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(),
                                        [](unsigned char c) { return c >= '0' && c <= '9'; });
}

// One log line per audited use case: who by id, what, on which record by id,
// and how it ended. Object ids that are not numbers (user names, file paths)
// and the detail text stay out of the log.
void logAudited(const storage::AuditRecord& record) {
    log::logger().info("use-case action={} user={} object={}:{} outcome={}", record.action,
                       record.userId ? std::to_string(*record.userId) : std::string("-"),
                       record.objectType.empty() ? std::string("-") : record.objectType,
                       isNumber(record.objectId) ? record.objectId : std::string("-"),
                       record.outcome);
}

} // namespace

Workspace::Workspace(std::unique_ptr<storage::Database> db, Calendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_clock(systemClock) {}

std::string Workspace::validatePassword(const std::string& password) {
    if (QString::fromStdString(password).size() < kMinimumPasswordLength)
        return tr("The password must have at least %1 characters.")
            .arg(kMinimumPasswordLength)
            .toStdString();
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openDatabase(const std::string& path,
                                                           const storage::OpenOptions& options) {
    // A server's URI may hold a password: messages name the server without it.
    const bool server = storage::isServerUri(path);
    const std::string shown = server ? storage::withoutPassword(path) : path;
    const auto describe = [&](const Error& error) {
        return Error{error.code, server ? describeServerOpenError(error, shown)
                                        : describeOpenError(error, shown)};
    };
    auto db = storage::Database::open(path, options);
    if (!db)
        return describe(db.error());
    auto calendar = readCalendar(**db);
    if (!calendar)
        return describe(calendar.error());
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), std::move(*calendar)));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path,
                                                   const storage::OpenOptions& options) {
    storage::OpenOptions openOptions = options;
    openOptions.create = false;
    return openDatabase(path, openOptions);
}

Result<std::unique_ptr<Workspace>>
Workspace::create(const std::string& path, const NewWorkspaceOptions& options, const Seed& seed) {
    if (const std::string problem = validatePassword(options.adminPassword); !problem.empty())
        return makeError(ErrorCode::InvalidArgument, problem);
    if (options.adminUsername.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The administrator needs a user name.").toStdString());
    storage::OpenOptions openOptions;
    openOptions.create = true;
    auto opened = openDatabase(path, openOptions);
    if (!opened)
        return opened.error();
    Workspace& ws = **opened;
    const storage::SecretKey dataKey = storage::SecretKey::random();
    auto credentials = storage::UserKeyring::create(options.adminPassword, dataKey);
    if (!credentials)
        return credentials.error();

    auto tx = storage::TransactionGuard::begin(ws.db());
    if (!tx)
        return tx.error();
    storage::SettingsRepository settings(ws.db());
    const std::int64_t now = ws.nowMs();
    TESSERA_TRY(settings.set("time_zone", options.timeZone.toStdString()));
    TESSERA_TRY(settings.set("created_at", std::to_string(now)));
    TESSERA_TRY(settings.set("next_transaction_id", "1"));
    TESSERA_TRY(storage::markLookupKeysCurrent(ws.db())); // nothing to remake yet
    TESSERA_TRY(storage::markSearchKeysCurrent(ws.db()));
    storage::UserRecord admin;
    admin.username = options.adminUsername;
    admin.displayName = options.adminDisplayName;
    admin.role = std::string(roleKey(Role::Administrator));
    admin.credentials = std::move(*credentials);
    admin.createdAt = admin.updatedAt = now;
    auto adminId = storage::UserRepository(ws.db()).insert(admin);
    if (!adminId)
        return adminId.error();
    if (seed)
        TESSERA_TRY(seed(ws));
    TESSERA_TRY(tx->commit());

    ws.m_calendar = Calendar(options.timeZone);
    TESSERA_TRY(ws.login(options.adminUsername, options.adminPassword));
    return opened;
}

// On a team server a login role reads only its own key material
// (tessera_my_keys()), and signs in only as the Tessera user it maps to.
Result<std::optional<storage::UserRecord>> Workspace::findSignInUser(const std::string& username) {
    if (!m_db->isServer())
        return storage::UserRepository(*m_db).findByUsername(username);
    auto identity = storage::readServerIdentity(*m_db->server());
    if (!identity)
        return identity.error();
    if (!*identity || (*identity)->username != username)
        return std::optional<storage::UserRecord>{};
    storage::UserRecord user;
    user.id = (*identity)->userId;
    user.username = (*identity)->username;
    user.displayName = (*identity)->displayName;
    user.role = (*identity)->role;
    user.active = true; // tessera_my_keys() answers for active users only
    user.credentials = std::move((*identity)->credentials);
    return std::optional<storage::UserRecord>(std::move(user));
}

Status Workspace::login(const std::string& username, const std::string& password, bool deferAudit) {
    auto found = findSignInUser(username);
    if (!found)
        return found.error();
    const Error denied{ErrorCode::AuthenticationFailed,
                       tr("Unknown user name or wrong password.").toStdString()};
    if (!*found || !(*found)->active ||
        !storage::UserKeyring::verifyPassword((*found)->credentials.passwordHash, password)) {
        std::optional<std::int64_t> userId;
        if (*found)
            userId = (*found)->id;
        (void)auditAs(userId, username, {"login", "user", username, {}, "refused"});
        return denied;
    }
    const storage::UserRecord& user = **found;
    auto dataKey = storage::UserKeyring::unlockDataKey(user.credentials, password);
    if (!dataKey)
        return dataKey.error();
    auto cipher = storage::FieldCipher::create(*dataKey);
    if (!cipher)
        return cipher.error();
    const auto role = roleFromKey(user.role);
    if (!role)
        return makeError(ErrorCode::Corrupt, tr("The user %1 has an unknown role.")
                                                 .arg(QString::fromStdString(username))
                                                 .toStdString());
    Session session;
    session.userId = user.id;
    session.username = user.username;
    session.displayName = user.displayName;
    session.role = *role;
    session.signedInAt = nowMs();
    session.dataKey = *dataKey;
    session.cipher = std::make_shared<const storage::FieldCipher>(std::move(*cipher));
    TESSERA_TRY(loadTeam(session));
    TESSERA_TRY(refreshLookupKeys(*session.cipher));
    m_session = std::move(session);
    const AuditEntry entry{"login", "user", user.username, {}, "ok"};
    if (!deferAudit)
        return audit(entry);
    m_deferredAudit.push_back(makeAuditRecord(user.id, user.username, entry));
    return {};
}

// The first sign-in with the data key to a file whose duplicate-finding keys
// follow an older normalisation remakes them (storage/customers/LookupKeys).
Status Workspace::refreshLookupKeys(const storage::FieldCipher& cipher) {
    const std::int64_t started = nowMs();
    auto refreshed = storage::refreshLookupKeys(*m_db, cipher);
    if (!refreshed) {
        log::logger().error("lookup keys: refresh failed ({})",
                            log::codeName(refreshed.error().code));
        return Error{refreshed.error().code,
                     tr("The keys for finding duplicate customers could not be brought up to date "
                        "(%1). Check that the database file is writable and sign in again.")
                         .arg(QString::fromStdString(refreshed.error().message))
                         .toStdString()};
    }
    if (refreshed->customersChanged + refreshed->contactsChanged > 0)
        log::logger().info("lookup keys: remade for {} customers and {} contacts in {} ms",
                           refreshed->customersChanged, refreshed->contactsChanged,
                           nowMs() - started);
    // The pinyin and bigram search keys (storage/customers/SearchKeyIndex)
    // of a file written before them, or under older rules.
    const std::int64_t searchStarted = nowMs();
    auto searchKeys = storage::refreshSearchKeys(*m_db);
    if (!searchKeys) {
        log::logger().error("search keys: refresh failed ({})",
                            log::codeName(searchKeys.error().code));
        return Error{searchKeys.error().code,
                     tr("The keys for searching customers by pinyin could not be made (%1). "
                        "Check that the database file is writable and sign in again.")
                         .arg(QString::fromStdString(searchKeys.error().message))
                         .toStdString()};
    }
    if (*searchKeys)
        log::logger().info("search keys: made {} keys in {} ms", **searchKeys,
                           nowMs() - searchStarted);
    return {};
}

Status Workspace::checkOwnPassword(const std::string& password, const char* auditAction) {
    if (!m_session)
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    auto found = findSignInUser(m_session->username);
    if (!found)
        return found.error();
    // Read afresh: an administrator may have disabled the account since sign-in.
    std::string problem;
    if (!*found || !(*found)->active)
        problem = tr("Your account has been disabled or removed. Sign out.").toStdString();
    else if (!storage::UserKeyring::verifyPassword((*found)->credentials.passwordHash, password))
        problem = tr("The password is wrong.").toStdString();
    if (problem.empty())
        return {};
    (void)audit({auditAction, "user", m_session->username, problem, "refused"});
    return makeError(ErrorCode::AuthenticationFailed, problem);
}

Status Workspace::verifyPassword(const std::string& password) {
    TESSERA_TRY(checkOwnPassword(password, "session.unlock"));
    return audit({"session.unlock", "user", m_session->username, {}});
}

Status Workspace::confirmIdentity(const std::string& password) {
    TESSERA_TRY(checkOwnPassword(password, "identity.confirm"));
    m_session->identityConfirmedAt = nowMs();
    return {};
}

Status Workspace::requireConfirmedIdentity(Action action, const std::string& objectType,
                                           const std::string& objectId) {
    if (!m_session)
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    const std::optional<std::int64_t> confirmed = m_session->identityConfirmedAt;
    const std::int64_t now = nowMs();
    if (confirmed && now >= *confirmed && now - *confirmed <= kIdentityConfirmationMs)
        return {};
    const std::string message =
        tr("Enter your password again first: personal data leaves the database only within "
           "%n minute(s) of confirming who you are.",
           nullptr, static_cast<int>(kIdentityConfirmationMs / 60000))
            .toStdString();
    (void)audit({actionKey(action), objectType, objectId, message, "refused"});
    return makeError(ErrorCode::AuthenticationFailed, message);
}

Status Workspace::loadTeam(Session& session) {
    if (session.role != Role::Supervisor)
        return {};
    auto team = storage::UserRepository(*m_db).reportsOf(session.userId);
    if (!team)
        return team.error();
    session.team = std::move(*team);
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openWorker() const {
    auto worker = openDatabase(m_db->path(), {});
    if (!worker)
        return worker.error();
    (*worker)->m_session = m_session;
    (*worker)->m_clock = m_clock;
    return worker;
}

Status Workspace::authorize(Action action, const std::string& objectType,
                            const std::string& objectId) {
    if (!m_session)
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    Status allowed = AccessPolicy::check(*m_session, action);
    if (!allowed)
        (void)audit({actionKey(action), objectType, objectId, allowed.error().message, "refused"});
    return allowed;
}

Status Workspace::authorizeCustomer(Action action, std::int64_t customerId) {
    if (!m_session)
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    auto owner = storage::CustomerRepository(*m_db, cipher()).ownerOf(customerId);
    if (!owner)
        return owner.error();
    const std::string objectId = std::to_string(customerId);
    if (!*owner) {
        const std::string message =
            tr("There is no customer with id %1.").arg(customerId).toStdString();
        (void)audit({actionKey(action), "customer", objectId, message, "refused"});
        return makeError(ErrorCode::NotFound, message);
    }
    Status allowed = AccessPolicy::checkCustomer(*m_session, action, **owner);
    if (!allowed)
        (void)audit({actionKey(action), "customer", objectId, allowed.error().message, "refused"});
    return allowed;
}

Status Workspace::refuseHiddenRow(Action action, const std::string& table, std::int64_t rowId) {
    if (!m_db->isServer())
        return {};
    auto customer = storage::CustomerRepository(*m_db, cipher()).customerOfRow(table, rowId);
    if (!customer)
        return customer.error();
    return *customer ? authorizeCustomer(action, **customer) : Status{};
}

storage::AuditChain Workspace::auditChain() {
    if (!m_session)
        return storage::AuditChain(*m_db, std::nullopt);
    return storage::AuditChain(*m_db, storage::AuditChain::keyFrom(m_session->dataKey));
}

Status Workspace::replaceDataKey(const storage::SecretKey& dataKey) {
    auto cipher = storage::FieldCipher::create(dataKey);
    if (!cipher)
        return cipher.error();
    m_session->dataKey = dataKey;
    m_session->cipher = std::make_shared<const storage::FieldCipher>(std::move(*cipher));
    return {};
}

Status Workspace::flushAudit() {
    storage::AuditChain chain = auditChain();
    for (const storage::AuditRecord& record : m_deferredAudit) {
        auto appended = chain.append(record);
        if (!appended)
            return appended.error();
        logAudited(record);
    }
    m_deferredAudit.clear();
    return {};
}

storage::AuditRecord Workspace::makeAuditRecord(std::optional<std::int64_t> userId,
                                                const std::string& username,
                                                const AuditEntry& entry) const {
    storage::AuditRecord record;
    record.at = nowMs();
    record.userId = userId;
    record.username = username;
    record.action = entry.action;
    record.objectType = entry.objectType;
    record.objectId = entry.objectId;
    record.detail = entry.detail;
    record.outcome = entry.outcome;
    return record;
}

Status Workspace::audit(const AuditEntry& entry) {
    TESSERA_TRY(flushAudit());
    if (!m_session)
        return auditAs(std::nullopt, "", entry);
    return auditAs(m_session->userId, m_session->username, entry);
}

Status Workspace::auditAs(std::optional<std::int64_t> userId, const std::string& username,
                          const AuditEntry& entry) {
    const storage::AuditRecord record = makeAuditRecord(userId, username, entry);
    auto appended = auditChain().append(record);
    if (!appended)
        return appended.error();
    logAudited(record);
    return {};
}

} // namespace tessera::domain
