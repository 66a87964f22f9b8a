#include "domain/admin/UserService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "domain/workspace/Workspace.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

TEST(TestWorkspace, CreatesADatabaseWithItsAdministratorSignedIn) {
    test::TempDir dir;
    NewWorkspaceOptions options;
    options.adminUsername = "root";
    options.adminPassword = "a-long-password";
    options.timeZone = "Europe/Berlin";
    auto ws = WorkspaceSetup::create(dir.path("new.tessera"), options);
    ASSERT_TRUE(ws.ok()) << ws.error().message;
    EXPECT_EQ((*ws)->session().username, "root");
    EXPECT_EQ((*ws)->session().role, Role::Administrator);
    EXPECT_EQ((*ws)->calendar().timeZone().id(), "Europe/Berlin");
    options.adminPassword = "short";
    auto weak = WorkspaceSetup::create(dir.path("weak.tessera"), options);
    ASSERT_FALSE(weak.ok());
    EXPECT_NE(weak.error().message.find("8"), std::string::npos);
}

TEST(TestWorkspace, WrongPasswordsAndDisabledUsersAreRefusedAndAudited) {
    test::TempDir dir;
    const std::string path = dir.path("login.tessera");
    test::makeStandardDatabase(path);
    {
        auto ws = WorkspaceSetup::open(test::locationAs(path, "am1")).value();
        auto wrong = ws->login("am1", "guess-guess");
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
        EXPECT_FALSE(ws->isLoggedIn());
        EXPECT_EQ(ws->login("ghost", "whatever-pw").error().code, ErrorCode::AuthenticationFailed);
    }
    {
        auto admin = test::openAs(path, "admin");
        ASSERT_TRUE(UserService(*admin).setActive("am1", false).ok());
        EXPECT_FALSE(UserService(*admin).setActive("admin", false).ok());
    }
    auto ws = WorkspaceSetup::open(test::locationAs(path, "am1")).value();
    EXPECT_EQ(ws->login("am1", test::kUserPassword).error().code, ErrorCode::AuthenticationFailed);
    auto admin = test::openAs(path, "admin");
    storage::AuditFilter filter;
    filter.action = "login";
    auto rows = storage::AuditRepository(admin->db()).list(filter).value();
    const auto refused = std::count_if(rows.begin(), rows.end(),
                                       [](const auto& r) { return r.outcome == "refused"; });
    EXPECT_EQ(refused, 3);
}

TEST(TestWorkspace, AWorkerConnectionSharesTheSession) {
    test::TempDir dir;
    const std::string path = dir.path("worker.tessera");
    test::makeStandardDatabase(path);
    auto ws = test::openAs(path, "sup");
    auto worker = ws->openWorker();
    ASSERT_TRUE(worker.ok());
    EXPECT_EQ((*worker)->session().username, "sup");
    EXPECT_EQ((*worker)->session().team.size(), 2u);
    EXPECT_NE(&(*worker)->db(), &ws->db());
}

namespace {

std::vector<storage::AuditRecord> auditRows(const std::string& path, const std::string& action) {
    auto admin = test::openAs(path, "admin");
    storage::AuditFilter filter;
    filter.action = action;
    return storage::AuditRepository(admin->db()).list(filter).value();
}

} // namespace

TEST(TestWorkspace, UnlockingChecksThePasswordAgainAndAuditsFailures) {
    test::TempDir dir;
    const std::string path = dir.path("unlock.tessera");
    test::makeStandardDatabase(path);
    auto ws = test::openAs(path, "am1");
    auto wrong = ws->verifyPassword("not-my-password");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(ws->verifyPassword(test::kUserPassword).ok());
    const auto rows = auditRows(path, "session.unlock");
    ASSERT_EQ(rows.size(), 2u); // newest first
    EXPECT_EQ(rows[0].outcome, "ok");
    EXPECT_EQ(rows[1].outcome, "refused");
    EXPECT_EQ(rows[1].username, "am1");
    // An account disabled while the session was locked does not unlock again.
    ASSERT_TRUE(UserService(*test::openAs(path, "admin")).setActive("am1", false).ok());
    EXPECT_EQ(ws->verifyPassword(test::kUserPassword).error().code,
              ErrorCode::AuthenticationFailed);
}

TEST(TestWorkspace, AConfirmedIdentityLastsTwoMinutesAndCarriesToWorkers) {
    test::TempDir dir;
    const std::string path = dir.path("confirm.tessera");
    test::makeStandardDatabase(path);
    auto ws = test::openAs(path, "am1");
    std::int64_t now = 1800000000000;
    ws->setClock([&now] { return now; });
    auto before = ws->requireConfirmedIdentity(Action::ExportCustomers, "export", "x.csv");
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_FALSE(ws->confirmIdentity("wrong-password").ok());
    EXPECT_FALSE(ws->requireConfirmedIdentity(Action::ExportCustomers, "export", "x.csv").ok());
    ASSERT_TRUE(ws->confirmIdentity(test::kUserPassword).ok());
    EXPECT_TRUE(ws->requireConfirmedIdentity(Action::ExportCustomers, "export", "x.csv").ok());
    auto worker = ws->openWorker().value();
    EXPECT_TRUE(worker->requireConfirmedIdentity(Action::ExportCustomers, "export", "x.csv").ok());
    now += Workspace::kIdentityConfirmationMs + 1;
    EXPECT_FALSE(ws->requireConfirmedIdentity(Action::ExportCustomers, "export", "x.csv").ok());
    EXPECT_EQ(auditRows(path, "identity.confirm").size(), 1u); // the wrong password
    const auto refusals = auditRows(path, "customer.export");
    EXPECT_EQ(refusals.size(), 3u);
}
