#include "cli/CliProcess.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestSupport.h"
#include "support/WarningTestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace tessera;
using test::runCli;

namespace {

const auto& kAdmin = test::kAdminEnv;
const auto& kUser = test::kUserEnv;

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

int lines(const std::string& text) {
    return test::lineCount(text);
}

class TestCliCommands : public ::testing::Test {
protected:
    void SetUp() override {
        db = dir.path("cli.tessera");
        test::makeStandardDatabase(db);
    }

    test::CliRun as(const char* user, QStringList args, const std::map<QString, QString>& env) {
        args << "--db" << q(test::locationAs(db, user)) << "--user" << user;
        return runCli(args, env);
    }

    void importSample() {
        auto run = as("admin",
                      {"import", "transactions", "--file", q(test::dataFile("CDNOW_sample.txt")),
                       "--format", "cdnow", "--create-customers", "--json"},
                      kAdmin);
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }

    test::TempDir dir;
    std::string db;
};

} // namespace

TEST_F(TestCliCommands, InitCreatesADatabaseAndRefusesToOverwriteOne) {
    const std::string path = dir.path("fresh.tessera");
    auto created = runCli({"init", "--db", q(path), "--json", "--time-zone", "Asia/Shanghai"},
                          {{"TESSERA_PASSWORD", "first-admin-pw"}});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_EQ(created.json().object()["administrator"].toString(), "admin");
    EXPECT_EQ(created.json().object()["time_zone"].toString(), "Asia/Shanghai");
    auto again = runCli({"init", "--db", q(path)}, {{"TESSERA_PASSWORD", "first-admin-pw"}});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(lines(again.err), 1) << again.err;
    EXPECT_NE(again.err.find("already exists"), std::string::npos);
    auto weak =
        runCli({"init", "--db", q(dir.path("weak.tessera"))}, {{"TESSERA_PASSWORD", "short"}});
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(dir.path("weak.tessera")));
}

TEST_F(TestCliCommands, ImportsTheCdnowFilesWithTheirCustomers) {
    auto master = as("admin",
                     {"import", "transactions", "--file", q(test::dataFile("CDNOW_master.txt")),
                      "--format", "cdnow", "--create-customers", "--json"},
                     kAdmin);
    ASSERT_EQ(master.exitCode, 0) << master.err;
    const QJsonObject m = master.json().object();
    EXPECT_EQ(m["rows_read"].toInteger(), 69659);
    EXPECT_EQ(m["rows_loaded"].toInteger(), 69659);
    EXPECT_EQ(m["rows_rejected"].toInteger(), 0);
    EXPECT_EQ(m["customers_created"].toInteger(), 23570);

    const std::string other = dir.path("sample.tessera");
    test::makeStandardDatabase(other);
    auto sample = runCli({"import", "transactions", "--db", q(test::locationAs(other, "admin")),
                          "--user", "admin", "--file", q(test::dataFile("CDNOW_sample.txt")),
                          "--format", "cdnow", "--create-customers", "--json"},
                         kAdmin);
    ASSERT_EQ(sample.exitCode, 0) << sample.err;
    EXPECT_EQ(sample.json().object()["rows_loaded"].toInteger(), 6919);
    EXPECT_EQ(sample.json().object()["customers_created"].toInteger(), 2357);
}

TEST_F(TestCliCommands, CustomersPrintsJsonObjectsKeyedByField) {
    importSample();
    auto listed = as("admin", {"customers", "--json", "--limit", "5", "--sort", "code"}, kAdmin);
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const QJsonArray rows = listed.json().array();
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0].toObject()["code"].toString(), "00004");
    for (const char* key : {"code", "name", "kind", "owner", "lifecycle", "tags", "archived"})
        EXPECT_TRUE(rows[0].toObject().contains(key)) << key;
    auto all = as("admin", {"customers", "--json", "--all"}, kAdmin);
    EXPECT_EQ(all.json().array().size(), 2357);
    auto one = as("admin", {"customers", "--id", "00004", "--json"}, kAdmin);
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_EQ(one.json().object()["code"].toString(), "00004");
    EXPECT_EQ(one.json().object()["timeline"].toArray().size(), 4);
}

TEST_F(TestCliCommands, BadInputGivesOneLineAndANonZeroExit) {
    const std::string before = test::databaseFingerprint(db);
    struct Case {
        QStringList args;
        int exit;
        const char* word;
    } cases[] = {
        {{"import", "transactions", "--file", q(dir.path("missing.csv"))}, 2, "does not exist"},
        {{"import", "gadgets", "--file", "x.csv"}, 2, "gadgets"},
        {{"import", "customers"}, 2, "--file"},
        {{"customers", "--limit", "zero"}, 2, "zero"},
        {{"customers", "--id", "NOPE"}, 2, "NOPE"},
        {{"frobnicate"}, 2, "frobnicate"},
    };
    for (const Case& c : cases) {
        auto run = as("admin", c.args, kAdmin);
        EXPECT_EQ(run.exitCode, c.exit) << c.args.join(' ').toStdString() << ": " << run.err;
        EXPECT_EQ(lines(run.err), 1) << run.err;
        EXPECT_NE(run.err.find(c.word), std::string::npos) << run.err;
    }
    test::writeFile(dir.path("cols.csv"), "foo,bar\n1,2\n");
    auto columns =
        as("admin", {"import", "transactions", "--file", q(dir.path("cols.csv"))}, kAdmin);
    EXPECT_EQ(columns.exitCode, 2);
    EXPECT_NE(columns.err.find("required field 'customer'"), std::string::npos) << columns.err;
    EXPECT_EQ(test::databaseFingerprint(db), before) << "a failed command changed the database";
}

TEST_F(TestCliCommands, SignInFailuresAreRefused) {
    auto wrong = as("admin", {"customers"}, {{"TESSERA_PASSWORD", "not-the-password"}});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_EQ(lines(wrong.err), 1);
    auto nobody = runCli({"customers", "--db", q(db)}, kAdmin);
    EXPECT_EQ(nobody.exitCode, 2);
    EXPECT_NE(nobody.err.find("--user"), std::string::npos);
    auto noPassword = as("admin", {"customers"}, {});
    EXPECT_NE(noPassword.exitCode, 0);
    EXPECT_NE(noPassword.err.find("TESSERA_PASSWORD"), std::string::npos) << noPassword.err;
}

TEST_F(TestCliCommands, AnAccountManagerIsRefusedOthersCustomersAndItIsAudited) {
    test::writeFile(dir.path("c.csv"), "code,name,owner\nM1,Mine Ltd,am1\nT1,Theirs Ltd,am2\n");
    ASSERT_EQ(as("admin", {"import", "customers", "--file", q(dir.path("c.csv"))}, kAdmin).exitCode,
              0);
    auto listed = as("am1", {"customers", "--json", "--all"}, kUser);
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    ASSERT_EQ(listed.json().array().size(), 1);
    EXPECT_EQ(listed.json().array()[0].toObject()["code"].toString(), "M1");
    auto byOwner = as("am1", {"customers", "--owner", "am2"}, kUser);
    EXPECT_EQ(byOwner.exitCode, 4) << byOwner.err;
    auto opened = as("am1", {"customers", "--id", "T1"}, kUser);
    EXPECT_EQ(opened.exitCode, 4) << opened.err;
    auto exported = as("am1", {"customers", "--out", q(dir.path("out.csv"))}, kUser);
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(test::readFile(dir.path("out.csv")).find("T1"), std::string::npos);
    auto imported = as("am1", {"import", "customers", "--file", q(dir.path("c.csv"))}, kUser);
    EXPECT_EQ(imported.exitCode, 4);
    auto admin = test::openAs(db, "admin");
    storage::AuditFilter filter;
    auto rows = storage::AuditRepository(admin->db()).list(filter).value();
    const auto refused = std::count_if(rows.begin(), rows.end(), [](const auto& r) {
        return r.username == "am1" && r.outcome == "refused";
    });
    EXPECT_GE(refused, 3);
}

TEST_F(TestCliCommands, UsersAreAddedListedAndChangePasswords) {
    std::map<QString, QString> env = kAdmin;
    env["TESSERA_NEW_PASSWORD"] = "new-manager-pw";
    auto added = as("admin",
                    {"user", "add", "am9", "--role", "account_manager", "--supervisor", "sup",
                     "--display-name", "Chen Jing", "--json"},
                    env);
    ASSERT_EQ(added.exitCode, 0) << added.err;
    auto listed = as("admin", {"user", "list", "--json"}, kAdmin);
    bool found = false;
    for (const auto& user : listed.json().array())
        found |= user.toObject()["username"] == "am9" && user.toObject()["supervisor"] == "sup";
    EXPECT_TRUE(found);
    std::map<QString, QString> own = {{"TESSERA_PASSWORD", "new-manager-pw"},
                                      {"TESSERA_NEW_PASSWORD", "changed-manager-pw"}};
    ASSERT_EQ(as("am9", {"user", "passwd"}, own).exitCode, 0);
    EXPECT_EQ(as("am9", {"customers"}, {{"TESSERA_PASSWORD", "new-manager-pw"}}).exitCode, 3);
    EXPECT_EQ(as("am9", {"customers"}, {{"TESSERA_PASSWORD", "changed-manager-pw"}}).exitCode, 0);
    EXPECT_EQ(as("am9", {"user", "list"}, {{"TESSERA_PASSWORD", "changed-manager-pw"}}).exitCode,
              4);
}

TEST_F(TestCliCommands, ARefusedFileIsLeftExactlyAsItWas) {
    const std::string text = dir.path("text.tessera");
    test::writeFile(text, "just some text, not a database at all\n");
    auto run = runCli({"customers", "--db", q(text), "--user", "admin"}, kAdmin);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("not a Tessera database"), std::string::npos) << run.err;
    EXPECT_EQ(test::readFile(text), "just some text, not a database at all\n");
    // A read-only database, as an ordinary user.
    namespace fs = std::filesystem;
    fs::permissions(dir.dir().path().toStdString(), fs::perms::all);
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = test::fingerprint(db);
    auto readOnly =
        runCli({"customers", "--db", q(db), "--user", "admin"}, kAdmin, /*asNobody=*/true);
    EXPECT_EQ(readOnly.exitCode, 1);
    EXPECT_NE(readOnly.err.find("read-only"), std::string::npos) << readOnly.err;
    EXPECT_EQ(test::fingerprint(db), before);
}

TEST_F(TestCliCommands, CustomersListsOnlyThoseWithAnOpenWarning) {
    {
        auto ws = test::openAs(db, "admin");
        test::WarningTestData data(*ws);
        const std::int32_t today = ws->calendar().today();
        data.purchase(data.customer("W-QUIET", "am1"), today - 120);
        data.purchase(data.customer("W-BUSY", "am1"), today - 1);
    }
    auto churn = as("admin", {"customers", "--warning", "churn", "--json"}, kAdmin);
    ASSERT_EQ(churn.exitCode, 0) << churn.err;
    ASSERT_EQ(churn.json().array().size(), 1);
    EXPECT_EQ(churn.json().array()[0].toObject()["code"].toString(), "W-QUIET");
    auto bad = as("admin", {"customers", "--warning", "gossip"}, kAdmin);
    EXPECT_EQ(bad.exitCode, 2) << bad.err;
    EXPECT_EQ(lines(bad.err), 1) << bad.err;
}
