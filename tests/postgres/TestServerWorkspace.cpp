// The domain over a team server (issue 13 points 1, 2 and 4): a user opens the
// server's URI where a file's path would go, signs in with their own login
// role and Tessera password, and the use cases run there as on the file,
// within what the server lets that role reach.

#include "domain/admin/MaintenanceService.h"
#include "domain/customers/CustomerService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/teammode/ServerAuditCheck.h"
#include "domain/teammode/ServerCopyService.h"
#include "postgres/ServerFixture.h"

namespace tessera::test {
namespace {

class TestServerWorkspace : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoOnServer();
    }

    std::string path;
};

TEST_F(TestServerWorkspace, ALoginRoleSignsInOnlyAsItsOwnTesseraUserWithTheirPassword) {
    auto ws = domain::WorkspaceSetup::open(uriAs(roleOf("zhang.wei")));
    ASSERT_TRUE(ws) << ws.error().message;
    auto wrong = (*ws)->login("zhang.wei", "not-the-password");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    // Knowing li.na's password does not make zhang.wei's role li.na.
    auto other = (*ws)->login("li.na", "tessera-demo");
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, ErrorCode::AuthenticationFailed);
    ASSERT_TRUE((*ws)->login("zhang.wei", "tessera-demo"));
    EXPECT_EQ((*ws)->session().username, "zhang.wei");
    EXPECT_EQ((*ws)->session().role, domain::Role::AccountManager);
    EXPECT_TRUE((*ws)->db().isServer());
}

TEST_F(TestServerWorkspace, EachUserSeesTheSamePortfolioOnTheServerAsInTheFile) {
    for (const char* user : {"admin", "zhou.min", "zhang.wei", "oliver.brown", "chen.jing"}) {
        auto file = demoAs(path, user);
        auto server = serverAs(user);
        domain::PortfolioFilter filter;
        filter.limit = 50;
        auto inFile = domain::CustomerService(*file).queryIds(filter);
        auto onServer = domain::CustomerService(*server).queryIds(filter);
        ASSERT_TRUE(inFile) << inFile.error().message;
        ASSERT_TRUE(onServer) << user << ": " << onServer.error().message;
        EXPECT_EQ(*onServer, *inFile) << user;
        domain::PortfolioFilter all;
        EXPECT_EQ(*domain::CustomerService(*server).count(all),
                  *domain::CustomerService(*file).count(all))
            << user;
        // The 360 view reads and decrypts the same record.
        ASSERT_FALSE(inFile->empty());
        auto a = domain::CustomerService(*file).open(inFile->front());
        auto b = domain::CustomerService(*server).open(inFile->front());
        ASSERT_TRUE(b) << user << ": " << b.error().message;
        EXPECT_EQ(b->record.name, a->record.name);
        EXPECT_EQ(b->record.phone, a->record.phone) << user;
        EXPECT_EQ(b->masked, a->masked);
    }
}

TEST_F(TestServerWorkspace, WorkLoggedOnTheServerIsSharedWithinTheTeamAndTheAuditLogVerifies) {
    auto manager = serverAs("zhang.wei");
    domain::PortfolioFilter first;
    first.limit = 1;
    const std::int64_t customer = domain::CustomerService(*manager).queryIds(first)->front();
    domain::InteractionDraft draft;
    draft.customerId = customer;
    draft.channel = "wechat";
    draft.kind = "message";
    draft.direction = "inbound";
    draft.note = "asked about the delivery";
    auto logged = domain::InteractionService(*manager).add(draft);
    ASSERT_TRUE(logged) << logged.error().message;

    // Their supervisor sees it, note decrypted; another team's manager cannot log on that customer.
    auto supervisor = serverAs("zhou.min");
    auto seen = domain::InteractionService(*supervisor).find(logged->id);
    ASSERT_TRUE(seen) << seen.error().message;
    EXPECT_EQ(seen->record.notes, std::optional<std::string>("asked about the delivery"));
    // Refused as in a file, though the server hides the customer from them.
    auto outsider = serverAs("oliver.brown");
    auto refused = domain::InteractionService(*outsider).add(draft);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    // The note reached the server encrypted.
    auto stored = psql(roleOf("admin"), "SELECT position('delivery' in encode(notes, 'escape')) "
                                        "FROM interactions WHERE id = " +
                                            std::to_string(logged->id));
    ASSERT_EQ(stored.exitCode, 0) << stored.err;
    EXPECT_EQ(stored.out, "0");

    auto verified =
        domain::ServerAuditCheck::verify(uriAs(roleOf("admin")), "admin", kAdminPassword);
    ASSERT_TRUE(verified) << verified.error().message;
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST_F(TestServerWorkspace, AStaleEditIsRefusedNamingWhoChangedTheCustomerMeanwhile) {
    auto manager = serverAs("zhang.wei");
    auto admin = serverAs("admin"); // another process, another connection
    domain::PortfolioFilter first;
    first.limit = 1;
    const std::int64_t customer = domain::CustomerService(*manager).queryIds(first)->front();
    auto mine = domain::CustomerService(*manager).open(customer);
    auto theirs = domain::CustomerService(*admin).open(customer);
    ASSERT_TRUE(mine && theirs);
    theirs->record.industry = "Changed by the administrator";
    auto saved = domain::CustomerService(*admin).update(theirs->record);
    ASSERT_TRUE(saved) << saved.error().message;
    mine->record.industry = "Changed by the manager";
    auto stale = domain::CustomerService(*manager).update(mine->record);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    // Named from the server's audit log, which the manager's role cannot read itself.
    EXPECT_NE(stale.error().message.find("(admin) changed this customer"), std::string::npos)
        << stale.error().message;
    EXPECT_EQ(domain::CustomerService(*manager).open(customer)->record.industry,
              "Changed by the administrator");
}

TEST_F(TestServerWorkspace, AnAnalystsCardIsMaskedAndTheServerHandsThemNoPersonalColumn) {
    auto analyst = serverAs("chen.jing");
    domain::PortfolioFilter first;
    first.limit = 1;
    auto ids = domain::CustomerService(*analyst).queryIds(first);
    ASSERT_TRUE(ids && !ids->empty());
    auto card = domain::CustomerService(*analyst).open(ids->front());
    ASSERT_TRUE(card) << card.error().message;
    EXPECT_TRUE(card->masked);
    EXPECT_FALSE(card->record.phone);
    auto direct = psql(roleOf("chen.jing"), "SELECT phone FROM customers LIMIT 1");
    EXPECT_NE(direct.exitCode, 0);
    EXPECT_NE(direct.err.find("permission denied"), std::string::npos) << direct.err;
}

TEST_F(TestServerWorkspace, FileTasksAreRefusedOnAServerWithWhatToUseInstead) {
    auto admin = serverAs("admin");
    auto backup = domain::MaintenanceService(*admin).backup();
    ASSERT_FALSE(backup);
    EXPECT_EQ(backup.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(backup.error().message.find("pg_dump"), std::string::npos);
    auto due = domain::MaintenanceService(*admin).backupIfDue();
    ASSERT_TRUE(due) << due.error().message;
    EXPECT_FALSE(*due);
}

TEST_F(TestServerWorkspace, AServerSetUpByANewerTesseraIsRefusedBeforeAnythingIsRead) {
    ASSERT_TRUE(connectOwner()->exec("INSERT INTO schema_migrations (version) VALUES (99)"));
    auto ws = domain::WorkspaceSetup::open(uriAs(roleOf("zhang.wei")));
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code, ErrorCode::NewerSchema);
    EXPECT_NE(ws.error().message.find("schema 99"), std::string::npos) << ws.error().message;
}

} // namespace
} // namespace tessera::test
