// tessera-cli report tiers as a real process: each format written with its
// --json summary, masking for analysts, and for every bad input one line on
// standard error, the right exit code and no file left behind.

#include "cli/CliProcess.h"
#include "storage/admin/AuditRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonObject>
#include <filesystem>
#include <gtest/gtest.h>

using namespace tessera;
using test::kAdminEnv;
using test::kUserEnv;
using test::lineCount;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::string pdfText(const std::string& path) {
    QProcess pdftotext;
    pdftotext.start("pdftotext", {q(path), "-"});
    pdftotext.waitForFinished(60000);
    return pdftotext.readAllStandardOutput().toStdString();
}

// The CDNOW sample scored as of 1997-06-30 (run 1) and 1998-06-30 (run 2),
// made once for the suite: the tests only add report files and audit rows.
class TestReportCommand : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = std::make_unique<test::TempDir>();
        db = folder->path("reports.tessera");
        test::makeStandardDatabase(db);
        ASSERT_EQ(as("admin",
                     {"import", "transactions", "--file", q(test::dataFile("CDNOW_sample.txt")),
                      "--format", "cdnow", "--create-customers"},
                     kAdminEnv)
                      .exitCode,
                  0);
        for (const char* asOf : {"1997-06-30", "1998-06-30"})
            ASSERT_EQ(
                as("admin", {"score", "--as-of", asOf, "--window", "all"}, kAdminEnv).exitCode, 0);
    }
    static void TearDownTestSuite() { folder.reset(); }

    static test::CliRun as(const char* user, QStringList args,
                           const std::map<QString, QString>& env) {
        args << "--db" << q(test::locationAs(db, user)) << "--user" << user;
        return test::runCli(args, env);
    }

    static std::string out(const std::string& name) { return folder->path(name); }

    static inline std::unique_ptr<test::TempDir> folder;
    static inline std::string db;
};

} // namespace

TEST_F(TestReportCommand, WritesEachFormatAndSummarisesItAsJson) {
    for (const char* format : {"csv", "xlsx", "pdf"}) {
        const std::string file = out(std::string("tiers.") + format);
        auto run = as(
            "admin",
            {"report", "tiers", "--format", format, "--out", q(file), "--compare", "1", "--json"},
            kAdminEnv);
        ASSERT_EQ(run.exitCode, 0) << format << ": " << run.err;
        EXPECT_TRUE(run.err.empty()) << run.err;
        const QJsonObject json = run.json().object();
        EXPECT_EQ(json["run"].toInteger(), 2) << format;
        EXPECT_EQ(json["compare"].toInteger(), 1);
        EXPECT_EQ(json["format"].toString(), format);
        EXPECT_EQ(json["out"].toString(), q(file));
        EXPECT_EQ(json["customers"].toInteger(), 2357);
        EXPECT_GT(json["promotions"].toInteger() + json["demotions"].toInteger(), 0);
        EXPECT_FALSE(json["masked"].toBool());
        ASSERT_TRUE(std::filesystem::exists(file));
    }
    const std::string csv = test::readFile(out("tiers.csv"));
    EXPECT_NE(csv.find("[tiers]\r\ntier,customers,customer_share"), std::string::npos);
    EXPECT_NE(csv.find("[moved_customers]"), std::string::npos);
    EXPECT_TRUE(test::readFile(out("tiers.xlsx")).starts_with("PK"));
    const std::string pdf = pdfText(out("tiers.pdf"));
    EXPECT_NE(pdf.find("Tier report: scoring run 2 as of 1998-06-30"), std::string::npos);
    EXPECT_NE(pdf.find("Promoted and demoted customers"), std::string::npos);

    auto human =
        as("admin", {"report", "tiers", "--format", "csv", "--out", q(out("one.csv"))}, kAdminEnv);
    ASSERT_EQ(human.exitCode, 0) << human.err;
    EXPECT_NE(human.out.find("Tier report of scoring run 2: 2357 customers."), std::string::npos)
        << human.out;

    auto admin = test::openAs(db, "admin");
    storage::AuditFilter exports;
    exports.action = "report.export";
    const auto rows = storage::AuditRepository(admin->db()).list(exports).value();
    EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                            [](const storage::AuditRecord& row) { return row.outcome == "ok"; }),
              4);
}

TEST_F(TestReportCommand, AnAnalystsReportIsMasked) {
    const std::string file = out("ana.csv");
    auto run =
        as("ana", {"report", "tiers", "--format", "csv", "--out", q(file), "--json"}, kUserEnv);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.json().object()["masked"].toBool());
    EXPECT_NE(test::readFile(file).find("Masked"), std::string::npos);
}

TEST_F(TestReportCommand, BadInputIsOneLineAnExitCodeAndNoFile) {
    struct Case {
        const char* user;
        QStringList args;
        const char* file;
        int exit;
        const char* word;
    } cases[] = {
        {"admin", {"--format", "csv", "--run", "99"}, "run.csv", 2, "no scoring run 99"},
        {"admin", {"--format", "csv", "--compare", "77"}, "compare.csv", 2, "no scoring run 77"},
        {"admin", {"--format", "docx"}, "bad.docx", 2, "'docx'"},
        {"admin", {"--format", "pdf"}, "missing/tiers.pdf", 2, "does not exist"},
        {"admin", {"--format", "csv", "--run", "two"}, "word.csv", 2, "--run"},
        {"am1", {"--format", "csv"}, "am1.csv", 4, "report.export"},
        {"sup", {"--format", "xlsx"}, "wrong.xlsx", 3, ""},
    };
    for (const Case& c : cases) {
        QStringList args = {"report", "tiers", "--out", q(out(c.file))};
        args += c.args;
        const auto& env = std::string(c.user) == "admin" ? kAdminEnv
                          : c.exit == 3 ? std::map<QString, QString>{{"TESSERA_PASSWORD", "wrong"}}
                                        : kUserEnv;
        auto run = as(c.user, args, env);
        const std::string what = args.join(' ').toStdString();
        EXPECT_EQ(run.exitCode, c.exit) << what << ": " << run.err;
        EXPECT_EQ(lineCount(run.err), 1) << what << ": " << run.err;
        EXPECT_NE(run.err.find(c.word), std::string::npos) << what << ": " << run.err;
        EXPECT_FALSE(std::filesystem::exists(out(c.file))) << what;
    }
    auto noOut = as("admin", {"report", "tiers", "--format", "csv"}, kAdminEnv);
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_NE(noOut.err.find("--out"), std::string::npos);
    auto noKind = as("admin", {"report", "--format", "csv"}, kAdminEnv);
    EXPECT_EQ(noKind.exitCode, 2);
    EXPECT_EQ(lineCount(noKind.err), 1);
    // Nothing half-written anywhere in the folder either.
    for (const QString& name : QDir(q(folder->path("."))).entryList(QDir::Files))
        EXPECT_FALSE(name.endsWith(".part")) << name.toStdString();
}
