// Moving a file to a server (domain/teammode/ServerCopyService): everything
// arrives and is checked, and every refusal leaves the server as it was.

#include "domain/teammode/ServerCopyService.h"
#include "postgres/ServerFixture.h"
#include "storage/admin/AuditChain.h"
#include "storage/postgres/ServerSchema.h"
#include "storage/sqlite/Database.h"
#include "storage/teammode/FileTables.h"
#include "storage/teammode/ServerAuditChain.h"

namespace tessera::test {
namespace {

using domain::ServerCopyService;

class TestServerCopyService : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoCopy();
    }

    std::int64_t fileCount(const std::string& sql) {
        auto ws = openAs(path, "admin");
        return *ws->db().queryInt64(sql);
    }

    int serverVersion() {
        auto server = connectOwner();
        return *storage::serverSchemaVersion(*server);
    }

    std::string path;
};

TEST_F(TestServerCopyService, EveryTableArrivesWithTheSameRowsAndHashes) {
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->verified());
    auto tables = storage::listFileTables(ws->db());
    ASSERT_TRUE(tables);
    EXPECT_EQ(report->tables.size(), tables->size());
    std::map<std::string, std::int64_t> rows;
    for (const auto& t : report->tables) {
        EXPECT_TRUE(t.equal()) << t.table;
        EXPECT_EQ(t.fileHash.size(), 64u);
        rows[t.table] = t.serverRows;
    }
    // Users with their wrapped keys, the audit chain and the scoring history
    // are tables like any other.
    for (const char* table :
         {"users", "customers", "contacts", "interactions", "transactions", "tickets",
          "survey_responses", "audit_log", "scoring_runs", "customer_scores", "settings"})
        EXPECT_GT(rows[table], 0) << table;
    EXPECT_EQ(rows["customers"], *ws->db().queryInt64("SELECT count(*) FROM customers"));
    EXPECT_EQ(static_cast<std::int64_t>(report->logins.size()), rows["users"]);
    EXPECT_EQ(report->logins.front().roleName, database + "_admin");
    // The file records where its data went.
    EXPECT_EQ(*ws->db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'server.copy' "
                                   "AND detail LIKE '% rows, verified'"),
              1);
}

TEST_F(TestServerCopyService, TheServersAuditChainVerifiesAndAChangeMadeThereIsCaught) {
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->audit.intact) << report->audit.problem;
    // Every row of the file but the copy's own record, written after it.
    EXPECT_EQ(report->audit.rowsChecked,
              *ws->db().queryInt64("SELECT count(*) FROM audit_log WHERE action <> 'server.copy'"));
    EXPECT_GT(report->audit.rowsChecked, 0);

    // Someone with the owner's login cuts the newest row from the server's log...
    auto server = connectOwner();
    const auto key = storage::AuditChain::keyFrom(ws->session().dataKey);
    const auto last = *server->queryInt64("SELECT max(id) FROM audit_log");
    ASSERT_TRUE(server->exec("DELETE FROM audit_log WHERE id = " + std::to_string(last)));
    auto cut = storage::verifyServerAuditChain(*server, key);
    ASSERT_TRUE(cut) << cut.error().message;
    EXPECT_FALSE(cut->intact);
    EXPECT_EQ(cut->kind, storage::AuditBreak::RemovedAtEnd);
    EXPECT_EQ(cut->brokenRow, last);

    // ... and rewrites an older one.
    const auto tampered = *server->queryInt64("SELECT min(id) + 1 FROM audit_log");
    ASSERT_TRUE(server->exec("UPDATE audit_log SET detail = 'nothing happened' WHERE id = " +
                             std::to_string(tampered)));
    auto changed = storage::verifyServerAuditChain(*server, key);
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_FALSE(changed->intact);
    EXPECT_EQ(changed->kind, storage::AuditBreak::Changed);
    EXPECT_EQ(changed->brokenRow, tampered);
}

TEST_F(TestServerCopyService, IdsContinueAfterTheCopiedOnesAndTheFilesHighWaterMark) {
    {
        auto ws = openAs(path, "admin");
        // A merge undone leaves its id handed out: the server must not hand it out again.
        ASSERT_TRUE(ws->db().exec("INSERT INTO customer_merges (id, into_id, from_id, from_code, "
                                  "merged_at, journal) VALUES (977, 1, 2, 'X', 0, x'00')"));
        ASSERT_TRUE(ws->db().exec("DELETE FROM customer_merges WHERE id = 977"));
    }
    auto ws = openAs(path, "admin");
    ASSERT_TRUE(ServerCopyService(*ws).copyTo(owner, "")) << "copy";
    auto server = connectOwner();
    const auto maxInteraction = *server->queryInt64("SELECT max(id) FROM interactions");
    EXPECT_EQ(*server->queryInt64("SELECT nextval(pg_get_serial_sequence('interactions', 'id'))"),
              maxInteraction + 1);
    EXPECT_EQ(
        *server->queryInt64("SELECT nextval(pg_get_serial_sequence('customer_merges', 'id'))"),
        978);
}

TEST_F(TestServerCopyService, SeparatorsEscapesAndEveryByteArriveUnchanged) {
    std::string allBytes;
    for (int b = 0; b < 256; ++b)
        allBytes += static_cast<char>(b);
    {
        auto ws = openAs(path, "admin");
        auto stmt = ws->db().prepare("UPDATE customers SET name = ?1, notes = ?2 WHERE id = "
                                     "(SELECT min(id) FROM customers)");
        ASSERT_TRUE(stmt);
        stmt->bind(1, "Tab\there\nnew line \\N back\\slash 王芳")
            .bindBlob(2, {reinterpret_cast<const std::uint8_t*>(allBytes.data()), 256});
        ASSERT_TRUE(stmt->run());
    }
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->verified());
    auto server = connectOwner();
    auto row =
        server->query("SELECT name, encode(notes, 'hex') FROM customers ORDER BY id LIMIT 1");
    ASSERT_TRUE(row);
    EXPECT_EQ(row->text(0, 0), "Tab\there\nnew line \\N back\\slash 王芳");
    EXPECT_EQ(row->text(0, 1).size(), 512u);
}

TEST_F(TestServerCopyService, AServerThatHoldsATesseraDatabaseIsRefusedAndLeftAsItWas) {
    auto ws = openAs(path, "admin");
    ASSERT_TRUE(ServerCopyService(*ws).copyTo(owner, ""));
    auto server = connectOwner();
    ASSERT_TRUE(server->exec("UPDATE customers SET region = 'kept' WHERE id = 1"));
    auto again = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_NE(again.error().message.find("already holds"), std::string::npos);
    EXPECT_EQ(*server->queryInt64("SELECT count(*) FROM customers WHERE region = 'kept'"), 1);
    EXPECT_EQ(*server->queryInt64("SELECT count(*) FROM customers"),
              *ws->db().queryInt64("SELECT count(*) FROM customers"));
}

TEST_F(TestServerCopyService, AValueTheServerCannotHoldStopsTheCopyAndLeavesTheServerEmpty) {
    {
        auto ws = openAs(path, "admin");
        // SQLite keeps a word in an INTEGER column; PostgreSQL's bigint does not.
        ASSERT_TRUE(ws->db().exec(
            "UPDATE interactions SET day = 'soon' WHERE id = (SELECT max(id) FROM interactions)"));
    }
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(report.error().message.find("interactions"), std::string::npos)
        << report.error().message;
    EXPECT_NE(report.error().message.find("nothing was copied"), std::string::npos);
    EXPECT_EQ(serverVersion(), 0);
}

TEST_F(TestServerCopyService, ARowThatBreaksAReferenceStopsTheCopyAndLeavesTheServerEmpty) {
    {
        auto ws = openAs(path, "admin");
        ASSERT_TRUE(ws->db().exec("PRAGMA foreign_keys = OFF"));
        ASSERT_TRUE(ws->db().exec("INSERT INTO follow_ups (customer_id, due_day, note) "
                                  "VALUES (987654321, 20000, '')"));
    }
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, "");
    ASSERT_FALSE(report);
    EXPECT_NE(report.error().message.find("follow_ups"), std::string::npos)
        << report.error().message;
    EXPECT_NE(report.error().message.find("nothing was copied"), std::string::npos);
    EXPECT_EQ(serverVersion(), 0);
}

TEST_F(TestServerCopyService, ACancelledCopyLeavesTheServerEmpty) {
    auto ws = openAs(path, "admin");
    std::atomic_bool cancel{true};
    auto report = ServerCopyService(*ws).copyTo(owner, "", domain::JobControl({}, &cancel));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(serverVersion(), 0);
}

TEST_F(TestServerCopyService, OnlyAdministratorsMayCopy) {
    for (const char* user : {"zhang.wei", "zhou.min", "chen.jing"}) {
        auto ws = demoAs(path, user);
        auto report = ServerCopyService(*ws).copyTo(owner, "");
        ASSERT_FALSE(report) << user;
        EXPECT_EQ(report.error().code, ErrorCode::PermissionDenied) << user;
    }
    EXPECT_EQ(serverVersion(), 0);
}

TEST_F(TestServerCopyService, ARoleNameTooLongForPostgresqlIsRefusedBeforeAnythingIsKept) {
    auto ws = openAs(path, "admin");
    auto report = ServerCopyService(*ws).copyTo(owner, std::string(60, 'p'));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(report.error().message.find("--role-prefix"), std::string::npos);
    EXPECT_EQ(serverVersion(), 0);
}

} // namespace
} // namespace tessera::test
