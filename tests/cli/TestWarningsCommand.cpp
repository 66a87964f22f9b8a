// tessera-cli warnings as a process: the table and the JSON, role scoping,
// and one-line errors with the bad-input exit code.

#include "cli/CliProcess.h"
#include "support/TestSupport.h"
#include "support/WarningTestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

const std::map<QString, QString> kAdmin = {{"TESSERA_PASSWORD", test::kAdminPassword}};
const std::map<QString, QString> kUser = {{"TESSERA_PASSWORD", test::kUserPassword}};

class TestWarningsCommand : public ::testing::Test {
protected:
    void SetUp() override {
        db = dir.path("warnings.tessera");
        test::makeStandardDatabase(db);
        auto ws = test::openAs(db, "admin");
        test::WarningTestData data(*ws);
        const std::int32_t day = test::warningDay();
        data.purchase(data.customer("W-AM1", "am1"), day - 132);
        const auto am2 = data.customer("W-AM2", "am2");
        data.purchase(am2, day - 10);
        data.followUp(am2, day - 2, "Confirm the delivery date");
    }

    test::CliRun as(const char* user, QStringList args, const std::map<QString, QString>& env) {
        args << "--db" << QString::fromStdString(test::locationAs(db, user)) << "--user" << user
             << "--as-of"
             << "2026-06-30";
        return runCli(args, env);
    }

    test::TempDir dir;
    std::string db;
};

int lines(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_F(TestWarningsCommand, PrintsEveryWarningAsJsonWithItsKeys) {
    auto run = as("admin", {"warnings", "--json"}, kAdmin);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonArray array = run.json().array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject churn = array[0].toObject();
    EXPECT_EQ(churn["code"].toString(), "W-AM1");
    EXPECT_EQ(churn["owner"].toString(), "am1");
    EXPECT_EQ(churn["kind"].toString(), "churn");
    EXPECT_EQ(churn["since"].toString(), "2026-05-19");
    EXPECT_EQ(churn["reason"].toString(), "No purchase or interaction for 132 days (limit 90).");
    const QJsonObject followUp = array[1].toObject();
    EXPECT_EQ(followUp["kind"].toString(), "follow-up");
    EXPECT_EQ(followUp["reason"].toString(),
              "Follow-up due 2026-06-28 is 2 days overdue: Confirm the delivery date");
}

TEST_F(TestWarningsCommand, PrintsATableAndFiltersByKindOwnerAndLimit) {
    auto table = as("admin", {"warnings"}, kAdmin);
    ASSERT_EQ(table.exitCode, 0) << table.err;
    EXPECT_NE(table.out.find("churn         2026-05-19  W-AM1"), std::string::npos) << table.out;
    // The C locale reads the English file, with its plural forms.
    EXPECT_NE(table.out.find("\n2 warnings\n"), std::string::npos) << table.out;
    EXPECT_EQ(table.out.find("warning(s)"), std::string::npos) << table.out;
    auto one = as("admin", {"warnings", "--limit", "1"}, kAdmin);
    EXPECT_NE(one.out.find("\n1 warning\n"), std::string::npos) << one.out;
    auto kind = as("admin", {"warnings", "--kind", "follow-up", "--json"}, kAdmin);
    ASSERT_EQ(kind.exitCode, 0) << kind.err;
    EXPECT_EQ(kind.json().array().size(), 1);
    auto owner = as("admin", {"warnings", "--owner", "am1", "--json"}, kAdmin);
    ASSERT_EQ(owner.exitCode, 0) << owner.err;
    ASSERT_EQ(owner.json().array().size(), 1);
    EXPECT_EQ(owner.json().array()[0].toObject()["code"].toString(), "W-AM1");
    auto limited = as("admin", {"warnings", "--limit", "1", "--json"}, kAdmin);
    EXPECT_EQ(limited.json().array().size(), 1);
}

TEST_F(TestWarningsCommand, AnAccountManagerSeesOnlyTheirOwn) {
    auto mine = as("am2", {"warnings", "--json"}, kUser);
    ASSERT_EQ(mine.exitCode, 0) << mine.err;
    const QJsonArray array = mine.json().array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array[0].toObject()["code"].toString(), "W-AM2");
    auto theirs = as("am2", {"warnings", "--owner", "am1"}, kUser);
    EXPECT_EQ(theirs.exitCode, 4) << theirs.err;
    EXPECT_EQ(lines(theirs.err), 1) << theirs.err;
}

TEST_F(TestWarningsCommand, BadInputIsOneLineAndExitCodeTwo) {
    for (const QStringList& args : {QStringList{"warnings", "--kind", "gossip"},
                                    QStringList{"warnings", "--as-of", "2026-02-30"},
                                    QStringList{"warnings", "--limit", "0"}}) {
        auto run =
            runCli(args + QStringList{"--db", QString::fromStdString(test::locationAs(db, "admin")),
                                      "--user", "admin"},
                   kAdmin);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString() << ": " << run.err;
        EXPECT_EQ(lines(run.err), 1) << run.err;
    }
    auto unknownOwner = as("admin", {"warnings", "--owner", "nobody"}, kAdmin);
    EXPECT_NE(unknownOwner.exitCode, 0);
    EXPECT_EQ(lines(unknownOwner.err), 1) << unknownOwner.err;
}
