// The log of tessera-cli: a rotating file in the app-data location with one
// line per use case (ids, counts, durations, error codes), never the personal
// data of the file imported; --verbose prints the same lines to standard error.

#include "cli/CliProcess.h"
#include "support/TestSupport.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// Personal data that must never reach the log.
const char* const kSecrets[] = {"Zhao Xiaoming",          "赵晓明",
                                "Harriet Oakley",         "13912345678",
                                "+44 7700 900123",        "xiaoming.zhao@example.cn",
                                "h.oakley@example.co.uk", "110101199003071234"};

class TestCliLog : public ::testing::Test {
protected:
    void SetUp() override {
        db = dir.path("log.tessera");
        test::makeStandardDatabase(db);
        customers = dir.path("customers.csv");
        QFile file(q(customers));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name,kind,phone,email,id_number\n"
                   "P-1,Zhao Xiaoming,person,13912345678,xiaoming.zhao@example.cn,"
                   "110101199003071234\n"
                   "P-2,赵晓明,person,13912345678,,\n"
                   "P-3,Harriet Oakley,person,+44 7700 900123,h.oakley@example.co.uk,\n");
        env = test::kAdminEnv;
        env[QStringLiteral("XDG_DATA_HOME")] = q(dir.path("data"));
    }

    std::string logText() const {
        QFile log(q(dir.path("data/Tessera/Tessera/logs/tessera.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return log.readAll().toStdString();
    }

    test::TempDir dir;
    std::string db;
    std::string customers;
    std::map<QString, QString> env;
};

} // namespace

TEST_F(TestCliLog, AnImportIsLoggedByIdsAndCountsWithoutItsPersonalData) {
    auto run = runCli({"import", "customers", "--db", q(test::locationAs(db, "admin")), "--user",
                       "admin", "--file", q(customers), "--json"},
                      env);
    ASSERT_EQ(run.exitCode, 0) << run.err;

    const std::string log = logText();
    ASSERT_FALSE(log.empty()) << "no log file";
    EXPECT_NE(log.find("command import started"), std::string::npos) << log;
    EXPECT_NE(log.find("kind=customers"), std::string::npos) << log;
    EXPECT_NE(log.find("rows_loaded=3"), std::string::npos) << log;
    EXPECT_NE(log.find("duration_ms="), std::string::npos) << log;
    EXPECT_NE(log.find("use-case action=import"), std::string::npos) << log;
    EXPECT_NE(log.find("command import exit=0"), std::string::npos) << log;
    for (const char* secret : kSecrets)
        EXPECT_EQ(log.find(secret), std::string::npos) << secret << " is in the log:\n" << log;
    // Nor the file's path, which may name a person or a client.
    EXPECT_EQ(log.find("customers.csv"), std::string::npos) << log;
}

TEST_F(TestCliLog, AnErrorIsLoggedByItsCodeAndVerbosePrintsTheLog) {
    auto run = runCli({"import", "customers", "--db", q(test::locationAs(db, "admin")), "--user",
                       "admin", "--file", q(dir.path("Zhao Xiaoming.csv")), "--verbose"},
                      env);
    EXPECT_EQ(run.exitCode, 2) << run.err;
    const std::string log = logText();
    EXPECT_NE(log.find("error code=not-found"), std::string::npos) << log;
    EXPECT_NE(log.find("command import exit=2"), std::string::npos) << log;
    EXPECT_EQ(log.find("Zhao Xiaoming"), std::string::npos) << log;
    // --verbose: the same lines on standard error, beside the error message itself.
    EXPECT_NE(run.err.find("command import started"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("error code=not-found"), std::string::npos) << run.err;
}

TEST_F(TestCliLog, WithoutVerboseStandardErrorHoldsOnlyTheErrorLine) {
    auto run = runCli({"import", "customers", "--db", q(test::locationAs(db, "admin")), "--user",
                       "admin", "--file", q(dir.path("missing.csv"))},
                      env);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(test::lineCount(run.err), 1) << run.err;
}

TEST_F(TestCliLog, GlobalOptionsBeforeTheCommandNeverReachTheLogAsItsName) {
    // --db and --user may come before the command; their values (a path that
    // may name a client, a user name) are not the command's name.
    const std::string named = dir.path("Zhao Xiaoming.tessera");
    ASSERT_TRUE(QFile::copy(q(db), q(named)));
    auto run = runCli({"--db", q(named), "--user", "admin", "customers", "--json"}, env);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string log = logText();
    EXPECT_NE(log.find("command customers started"), std::string::npos) << log;
    EXPECT_EQ(log.find("Zhao Xiaoming"), std::string::npos) << log;
    EXPECT_EQ(log.find("command admin"), std::string::npos) << log;
}
