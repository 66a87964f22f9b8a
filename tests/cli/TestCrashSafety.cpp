// A process killed at any moment leaves a file that opens and passes the
// check, with each import or scoring run either entirely there or not at all.
// tessera-cli is killed with SIGKILL at seeded random moments of its run.

#include "cli/CliProcess.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/workspace/AuditService.h"
#include "support/TestEngine.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QThread>
#include <gtest/gtest.h>
#include <random>

using namespace tessera;

namespace {

// Kills per command: fewer on a server, where each run takes several times
// longer, spread over the same run.
const int kKills = test::standardDatabasesOnServer() ? 8 : 24;
// A run may finish before its kill moment on a busy machine: try again, up to this many runs.
const int kMaxRuns = 2 * kKills;
constexpr int kCustomers = 40000;
constexpr int kTransactions = 500000;
const std::map<QString, QString> kAdmin = {{"TESSERA_PASSWORD", test::kAdminPassword}};

struct Outcome {
    std::int64_t imports = 0;
    std::int64_t transactions = 0;
    std::int64_t runs = 0;
    std::int64_t scores = 0;
    std::string importDetail;
};

class TestCrashSafety : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = std::make_unique<test::TempDir>();
        base = folder->path("base.tessera");
        test::makeStandardDatabase(base);
        std::string customers = "code,name\n";
        for (int i = 0; i < kCustomers; ++i)
            customers += "K" + std::to_string(i) + ",Kill Test " + std::to_string(i) + "\n";
        test::writeFile(folder->path("customers.csv"), customers);
        std::mt19937 random(7);
        std::string transactions = "customer,date,amount\n";
        for (int i = 0; i < kTransactions; ++i)
            transactions += "K" + std::to_string(random() % kCustomers) + ",2026-0" +
                            std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "," +
                            std::to_string(random() % 500) + "." +
                            std::to_string(10 + random() % 90) + "\n";
        test::writeFile(folder->path("transactions.csv"), transactions);
        auto loaded = run(base, {"import", "customers", "--file", path("customers.csv")});
        ASSERT_EQ(loaded.exitCode, 0) << loaded.err;
        scored = folder->path("scored.tessera");
        test::copyDatabase(base, scored);
        auto tx =
            run(scored, {"import", "transactions", "--file", path("transactions.csv"), "--json"});
        ASSERT_EQ(tx.exitCode, 0) << tx.err;
        ASSERT_EQ(tx.json().object()["rows_loaded"].toInteger(), kTransactions) << tx.out;
    }
    static void TearDownTestSuite() { folder.reset(); }

    static QString path(const char* name) { return QString::fromStdString(folder->path(name)); }

    static test::CliRun run(const std::string& db, QStringList args) {
        args << "--db" << QString::fromStdString(test::locationAs(db, "admin")) << "--user"
             << "admin";
        return test::runCli(args, kAdmin);
    }

    // Starts the command, kills it after `delayMs` (if still running).
    static bool killAfter(const std::string& db, QStringList args, int delayMs) {
        args << "--db" << QString::fromStdString(test::locationAs(db, "admin")) << "--user"
             << "admin";
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TESSERA_PASSWORD", test::kAdminPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TESSERA_CLI_PATH), args);
        process.waitForStarted();
        const bool finished = process.waitForFinished(delayMs);
        if (!finished)
            process.kill(); // SIGKILL: no chance to clean up
        process.waitForFinished(-1);
        return !finished;
    }

    // Opens the database as the application would, checks it, and counts what is there.
    static Outcome inspect(const std::string& db) {
        auto ws = test::openAs(db, "admin");
        if (ws->db().isServer()) {
            // A server checks its own pages; Tessera checks the audit chain.
            auto audit = domain::AuditService(*ws).verify();
            EXPECT_TRUE(audit.ok() && audit->intact)
                << (audit.ok() ? audit->problem : audit.error().message);
        } else {
            auto report = domain::MaintenanceService(*ws).check();
            EXPECT_TRUE(report.ok() && report->ok())
                << (report.ok()
                        ? (report->problems.empty() ? report->audit.problem : report->problems[0])
                        : report.error().message);
        }
        Outcome o;
        o.imports =
            ws->db().queryInt64("SELECT count(*) FROM imports WHERE kind = 'transactions'").value();
        o.transactions = ws->db().queryInt64("SELECT count(*) FROM transactions").value();
        o.runs = ws->db().queryInt64("SELECT count(*) FROM scoring_runs").value();
        o.importDetail = test::dumpQuery(ws->db(), "SELECT * FROM imports");
        o.scores = ws->db().queryInt64("SELECT count(*) FROM customer_scores").value();
        return o;
    }

    // A moment inside the first 90% of an undisturbed run, so (nearly) every
    // process is still running when it is killed.
    static int killMoment(std::mt19937& random, int fullMs) {
        return static_cast<int>(random() % static_cast<unsigned>(std::max(1, fullMs * 9 / 10)));
    }

    static int durationMs(const std::string& from, const QStringList& args) {
        const std::string copy = folder->path("timing.tessera");
        test::removeDatabase(copy);
        test::copyDatabase(from, copy);
        QElapsedTimer timer;
        timer.start();
        EXPECT_EQ(run(copy, args).exitCode, 0);
        return static_cast<int>(timer.elapsed());
    }

    static inline std::unique_ptr<test::TempDir> folder;
    static inline std::string base;
    static inline std::string scored;
};

} // namespace

TEST_F(TestCrashSafety, AKilledImportIsEntirelyThereOrEntirelyAbsent) {
    const QStringList args = {"import", "transactions", "--file", path("transactions.csv")};
    const int full = durationMs(base, args);
    std::mt19937 random(20261123);
    int killed = 0;
    for (int i = 0; killed < kKills && i < kMaxRuns; ++i) {
        const std::string db = folder->path("import" + std::to_string(i) + ".tessera");
        test::copyDatabase(base, db);
        const int delay = killMoment(random, full);
        killed += killAfter(db, args, delay);
        const Outcome o = inspect(db);
        SCOPED_TRACE("killed after " + std::to_string(delay) + " ms of " + std::to_string(full));
        const bool absent = o.imports == 0 && o.transactions == 0;
        const bool present = o.imports == 1 && o.transactions == kTransactions;
        EXPECT_TRUE(absent || present)
            << o.imports << " imports, " << o.transactions << " rows; " << o.importDetail;
        test::removeDatabase(db);
    }
    EXPECT_EQ(killed, kKills) << "too few runs were actually killed to show anything";
}

TEST_F(TestCrashSafety, AKilledScoringRunIsEntirelyThereOrEntirelyAbsent) {
    const QStringList args = {"score", "--as-of", "2026-10-31"};
    const int full = durationMs(scored, args);
    std::mt19937 random(20261124);
    int killed = 0;
    for (int i = 0; killed < kKills && i < kMaxRuns; ++i) {
        const std::string db = folder->path("score" + std::to_string(i) + ".tessera");
        test::copyDatabase(scored, db);
        const int delay = killMoment(random, full);
        killed += killAfter(db, args, delay);
        const Outcome o = inspect(db);
        SCOPED_TRACE("killed after " + std::to_string(delay) + " ms of " + std::to_string(full));
        const bool absent = o.runs == 0 && o.scores == 0;
        const bool present = o.runs == 1 && o.scores == kCustomers;
        EXPECT_TRUE(absent || present) << o.runs << " runs, " << o.scores << " scores";
        test::removeDatabase(db);
    }
    EXPECT_EQ(killed, kKills) << "too few runs were actually killed to show anything";
}
