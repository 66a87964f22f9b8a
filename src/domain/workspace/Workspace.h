#pragma once

// An open Tessera database and the user signed in to it: the entry point of
// the domain layer for the GUI and the CLI alike. Every use case checks its
// permission through authorize(), which also audits refusals.

#include "common/Result.h"
#include "domain/workspace/AccessPolicy.h"
#include "domain/workspace/Calendar.h"
#include "domain/workspace/Session.h"
#include "storage/admin/AuditChain.h"
#include "storage/admin/AuditRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/sqlite/Database.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct NewWorkspaceOptions {
    std::string adminUsername = "admin";
    std::string adminDisplayName = "Administrator";
    std::string adminPassword;
    QByteArray timeZone = QTimeZone::systemTimeZoneId();
};

// What an audit row says, besides who and when (the session and the clock).
struct AuditEntry {
    std::string action;
    std::string objectType;
    std::string objectId;
    std::string detail;
    std::string outcome = "ok";
};

class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr int kMinimumPasswordLength = 8;
    // How long a confirmIdentity() lets personal data leave the database in bulk.
    static constexpr std::int64_t kIdentityConfirmationMs = 2 * 60 * 1000;

    // What a new database holds besides its first administrator (default
    // profile, journey stages): written in the creating transaction. The
    // capabilities that own those defaults sit above the workspace, so the
    // setup piece (domain/setup/WorkspaceSetup) passes them in.
    using Seed = std::function<Status(Workspace&)>;

    // Creates a new database with its first administrator, signed in. Faces
    // call WorkspaceSetup::create, which adds every capability's defaults.
    static Result<std::unique_ptr<Workspace>>
    create(const std::string& path, const NewWorkspaceOptions& options, const Seed& seed = {});
    // Opens an existing database; sign in with login() before using it.
    // `options.beforeMigrate` runs before a schema migration (WorkspaceSetup::open
    // backs the file up there).
    static Result<std::unique_ptr<Workspace>> open(const std::string& path,
                                                   const storage::OpenOptions& options = {});

    // Verifies the password, unlocks the data key and audits the attempt. A
    // refused attempt is written at once; with `deferAudit` a successful one
    // waits for the next audit row (or flushAudit()), so a command that fails
    // before writing anything leaves the file untouched.
    Status login(const std::string& username, const std::string& password, bool deferAudit = false);
    // Writes audit rows that login() deferred.
    Status flushAudit();
    // The audit log's hash chain, keyed for the signed-in user (unkeyed before sign-in).
    storage::AuditChain auditChain();
    // After a key rotation: the session continues under the new data key.
    Status replaceDataKey(const storage::SecretKey& dataKey);
    bool isLoggedIn() const { return m_session.has_value(); }

    // The signed-in user's password once more, to unlock a session locked
    // while idle. A wrong password, or an account disabled or removed
    // meanwhile, is refused and audited; a good one is audited as an unlock.
    Status verifyPassword(const std::string& password);
    // Re-authentication before unmasked personal data leaves in bulk: checks
    // the password like verifyPassword() and opens a window of
    // kIdentityConfirmationMs in which requireConfirmedIdentity() passes (also
    // for worker connections opened after it).
    Status confirmIdentity(const std::string& password);
    // Ok within that window; otherwise refused and audited as `action` on the object.
    Status requireConfirmedIdentity(Action action, const std::string& objectType,
                                    const std::string& objectId);
    const Session& session() const { return *m_session; }

    // A second connection to the same file with the same session, for a
    // background job on another thread.
    Result<std::unique_ptr<Workspace>> openWorker() const;

    Status authorize(Action action, const std::string& objectType = {},
                     const std::string& objectId = {});
    // Checks `action` on a customer; NotFound when it does not exist.
    Status authorizeCustomer(Action action, std::int64_t customerId);
    // For a row of `table` (interactions, tickets, follow_ups) not found: on
    // a team server, whose row-level security hides other teams' rows, one
    // that exists is refused and the refusal audited, as in a file.
    Status refuseHiddenRow(Action action, const std::string& table, std::int64_t rowId);

    // Appends an audit row for the signed-in user.
    Status audit(const AuditEntry& entry);

    storage::Database& db() { return *m_db; }
    const std::string& databasePath() const { return m_db->path(); }
    const storage::FieldCipher& cipher() const { return *m_session->cipher; }
    const Calendar& calendar() const { return m_calendar; }
    std::int64_t nowMs() const { return m_clock(); }
    // Tests fix the clock; production uses the system clock.
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }

    static std::string validatePassword(const std::string& password); // empty when acceptable

private:
    Workspace(std::unique_ptr<storage::Database> db, Calendar calendar);
    static Result<std::unique_ptr<Workspace>> openDatabase(const std::string& path,
                                                           const storage::OpenOptions& options);
    Status auditAs(std::optional<std::int64_t> userId, const std::string& username,
                   const AuditEntry& entry);
    Status loadTeam(Session& session);
    Result<std::optional<storage::UserRecord>> findSignInUser(const std::string& username);
    Status refreshLookupKeys(const storage::FieldCipher& cipher);
    Status checkOwnPassword(const std::string& password, const char* auditAction);
    storage::AuditRecord makeAuditRecord(std::optional<std::int64_t> userId,
                                         const std::string& username,
                                         const AuditEntry& entry) const;

    std::unique_ptr<storage::Database> m_db;
    Calendar m_calendar;
    std::optional<Session> m_session;
    std::function<std::int64_t()> m_clock;
    std::vector<storage::AuditRecord> m_deferredAudit;
};

// Turns an error from opening a file into a message for the user, naming the file.
std::string describeOpenError(const Error& error, const std::string& path);
// The same for a team server, named by its URI without the password.
std::string describeServerOpenError(const Error& error, const std::string& shownUri);

} // namespace tessera::domain
