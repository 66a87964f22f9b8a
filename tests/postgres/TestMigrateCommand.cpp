// tessera-cli migrate as a real process: the file on a server, checked.

#include "postgres/ServerFixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::test {
namespace {

class TestMigrateCommand : public ServerFixture {
protected:
    CliRun migrate(const std::string& from, const std::string& to, const std::string& user,
                   const std::map<QString, QString>& env, bool json = true) {
        QStringList args = {"--user", QString::fromStdString(user)};
        if (json)
            args << "--json";
        args << "migrate"
             << "--from" << QString::fromStdString(from) << "--to" << QString::fromStdString(to);
        return runCli(args, env);
    }
};

TEST_F(TestMigrateCommand, CopiesTheFileAndReportsEqualCountsAndHashesPerTable) {
    const std::string path = demoCopy();
    auto run = migrate(path, owner, "admin", kAdminEnv);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject doc = run.json().object();
    EXPECT_TRUE(doc["verified"].toBool());
    EXPECT_TRUE(doc["audit"].toObject()["intact"].toBool());
    EXPECT_GT(doc["audit"].toObject()["rows_checked"].toInteger(), 0);
    const QJsonArray tables = doc["tables"].toArray();
    EXPECT_GT(tables.size(), 25);
    for (const auto& t : tables) {
        const QJsonObject table = t.toObject();
        EXPECT_EQ(table["file_rows"].toInteger(), table["server_rows"].toInteger());
        EXPECT_EQ(table["file_hash"].toString(), table["server_hash"].toString());
        EXPECT_TRUE(table["equal"].toBool());
    }
    bool found = false;
    for (const auto& l : doc["logins"].toArray())
        found |= l.toObject()["role"].toString() == QString::fromStdString(roleOf("zhang.wei"));
    EXPECT_TRUE(found);
    auto seen = psql(roleOf("zhang.wei"), "SELECT count(*) > 0 FROM customers");
    EXPECT_EQ(seen.out, "t") << seen.err;
}

TEST_F(TestMigrateCommand, TheTextSummaryNamesEveryTableAndTheLoginRoles) {
    const std::string path = demoCopy();
    auto run = migrate(path, owner, "admin", kAdminEnv, /*json=*/false);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("customers"), std::string::npos);
    EXPECT_NE(run.out.find("same rows, same hash"), std::string::npos);
    EXPECT_EQ(run.out.find("DIFFERS"), std::string::npos);
    EXPECT_NE(run.out.find("Audit chain on the server: The audit log is intact"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("zhang.wei -> " + roleOf("zhang.wei")), std::string::npos) << run.out;
}

TEST_F(TestMigrateCommand, ASecondCopyIntoTheSameDatabaseIsRefused) {
    const std::string path = demoCopy();
    ASSERT_EQ(migrate(path, owner, "admin", kAdminEnv).exitCode, 0);
    auto again = migrate(path, owner, "admin", kAdminEnv);
    EXPECT_NE(again.exitCode, 0);
    EXPECT_NE(again.err.find("already holds a Tessera database"), std::string::npos) << again.err;
}

TEST_F(TestMigrateCommand, BadTargetsAndUsersGetClearErrors) {
    const std::string path = demoCopy();
    auto notAUri = migrate(path, "teamserver", "admin", kAdminEnv);
    EXPECT_EQ(notAUri.exitCode, 2) << notAUri.err;
    EXPECT_NE(notAUri.err.find("postgresql://"), std::string::npos) << notAUri.err;
    auto noServer =
        migrate(path, "postgresql://x:pw@/crm?host=/nonexistent-dir&port=5999", "admin", kAdminEnv);
    EXPECT_NE(noServer.exitCode, 0);
    EXPECT_NE(noServer.err.find("server is running"), std::string::npos) << noServer.err;
    EXPECT_EQ(noServer.err.find(":pw@"), std::string::npos) << noServer.err;
    auto notAdmin = migrate(path, owner, "zhang.wei", {{"TESSERA_PASSWORD", "tessera-demo"}});
    EXPECT_EQ(notAdmin.exitCode, 4) << notAdmin.err;
    auto noFile =
        runCli({"--user", "admin", "migrate", "--to", QString::fromStdString(owner)}, kAdminEnv);
    EXPECT_EQ(noFile.exitCode, 2) << noFile.err;
}

TEST_F(TestMigrateCommand, AnAdministratorVerifiesTheAuditChainOnTheServerWithTheirOwnLogin) {
    const std::string path = demoCopy();
    ASSERT_EQ(migrate(path, owner, "admin", kAdminEnv).exitCode, 0);
    const QString asAdmin = QString::fromStdString(uriAs(roleOf("admin")));
    auto intact =
        runCli({"--db", asAdmin, "--user", "admin", "--json", "audit", "--verify"}, kAdminEnv);
    ASSERT_EQ(intact.exitCode, 0) << intact.err;
    EXPECT_TRUE(intact.json().object()["intact"].toBool());
    EXPECT_GT(intact.json().object()["rows"].toInteger(), 0);

    auto wrongPassword = runCli({"--db", asAdmin, "--user", "admin", "audit", "--verify"},
                                {{"TESSERA_PASSWORD", "not-the-password"}});
    EXPECT_EQ(wrongPassword.exitCode, 3) << wrongPassword.err;
    auto notTheirLogin = runCli({"--db", asAdmin, "--user", "zhang.wei", "audit", "--verify"},
                                {{"TESSERA_PASSWORD", "tessera-demo"}});
    EXPECT_EQ(notTheirLogin.exitCode, 3) << notTheirLogin.err;
    auto manager = runCli({"--db", QString::fromStdString(uriAs(roleOf("zhang.wei"))), "--user",
                           "zhang.wei", "audit", "--verify"},
                          {{"TESSERA_PASSWORD", "tessera-demo"}});
    EXPECT_EQ(manager.exitCode, 4) << manager.err;

    // A row rewritten on the server by someone with the owner's login.
    auto server = connectOwner();
    const auto row = *server->queryInt64("SELECT min(id) + 2 FROM audit_log");
    ASSERT_TRUE(server->exec("UPDATE audit_log SET username = 'someone else' WHERE id = " +
                             std::to_string(row)));
    auto broken = runCli({"--db", asAdmin, "--user", "admin", "audit", "--verify"}, kAdminEnv);
    EXPECT_EQ(broken.exitCode, 1) << broken.err;
    EXPECT_NE(broken.err.find("broken at row " + std::to_string(row)), std::string::npos)
        << broken.err;
}

TEST_F(TestMigrateCommand, AnEmptyServerInDbIsAnsweredWithHowToCopyAFileThere) {
    auto run =
        runCli({"--db", QString::fromStdString(owner), "--user", "admin", "audit"}, kAdminEnv);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("holds no Tessera database yet"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("tessera-cli migrate --from FILE"), std::string::npos) << run.err;
}

} // namespace
} // namespace tessera::test
