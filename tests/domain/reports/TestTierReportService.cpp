// Exporting a tier report: who may, the password confirmation before names
// leave unmasked, the audit row of every export, clear refusals of bad
// destinations, and agreement with a real scoring run's own counts.

#include "TierReportFixture.h"
#include "domain/reports/TierReportService.h"
#include "domain/scoring/ScoringService.h"
#include "storage/admin/AuditRepository.h"

#include <QDir>
#include <filesystem>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestTierReportService : public test::TierReportFixture {
protected:
    Result<TierReportExport> exportAs(Workspace& ws, const std::string& file,
                                      TierReportRequest request = {},
                                      const std::string& format = "csv") {
        return TierReportService(ws).exportReport(request, format, dir.path(file));
    }

    std::vector<storage::AuditRecord> exportAudits(Workspace& ws) {
        storage::AuditFilter filter;
        filter.action = "report.export";
        return storage::AuditRepository(ws.db()).list(filter).value();
    }

    // The files in the test folder besides the database.
    QStringList reports() {
        return QDir(dir.dir().path())
            .entryList({"*.csv", "*.xlsx", "*.pdf", "*.tmp*"}, QDir::Files);
    }
};

} // namespace

TEST_F(TestTierReportService, AnAnalystsExportIsMaskedNeedsNoPasswordAndIsAudited) {
    auto ana = test::openAs(path, "ana");
    auto done = exportAs(*ana, "ana.csv", {secondRun, firstRun});
    ASSERT_TRUE(done.ok()) << done.error().message;
    EXPECT_EQ(done->customers, 5);
    EXPECT_EQ(done->promotions, 1);
    EXPECT_EQ(done->demotions, 2);
    EXPECT_TRUE(done->masked);
    const std::string text = test::readFile(dir.path("ana.csv"));
    EXPECT_NE(text.find("A3,王*,person"), std::string::npos);
    EXPECT_EQ(text.find("王伟"), std::string::npos);
    EXPECT_EQ(text.find("Zhang Wei"), std::string::npos);

    const auto audits = exportAudits(*ana);
    ASSERT_EQ(audits.size(), 1u);
    EXPECT_EQ(audits[0].username, "ana");
    EXPECT_EQ(audits[0].objectType, "report");
    EXPECT_EQ(audits[0].objectId, dir.path("ana.csv"));
    EXPECT_EQ(audits[0].outcome, "ok");
    EXPECT_EQ(audits[0].detail, "tier report, csv, run " + std::to_string(secondRun) +
                                    " compared with run " + std::to_string(firstRun) +
                                    ", 5 customers (masked)");
}

TEST_F(TestTierReportService, UnmaskedNamesLeaveOnlyAfterThePasswordIsConfirmed) {
    auto admin = test::openAs(path, "admin");
    auto refused = exportAs(*admin, "admin.csv");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(exportAudits(*admin).at(0).outcome, "refused");
    EXPECT_TRUE(reports().isEmpty());

    ASSERT_TRUE(admin->confirmIdentity(test::kAdminPassword).ok());
    auto done = exportAs(*admin, "admin.csv");
    ASSERT_TRUE(done.ok()) << done.error().message;
    EXPECT_FALSE(done->masked);
    EXPECT_NE(test::readFile(dir.path("admin.csv")).find("A3,王伟,person"), std::string::npos);
    EXPECT_EQ(exportAudits(*admin).at(0).detail, // newest first
              "tier report, csv, run " + std::to_string(secondRun) + ", 5 customers");
}

TEST_F(TestTierReportService, ASupervisorExportsTheTeamAndAnAccountManagerMayNotExport) {
    auto sup = test::openAs(path, "sup");
    ASSERT_TRUE(sup->confirmIdentity(test::kUserPassword).ok());
    auto done = exportAs(*sup, "sup.csv");
    ASSERT_TRUE(done.ok()) << done.error().message;
    EXPECT_EQ(done->customers, 3);

    auto am1 = test::openAs(path, "am1");
    ASSERT_TRUE(am1->confirmIdentity(test::kUserPassword).ok());
    auto refused = exportAs(*am1, "am1.csv");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(std::filesystem::exists(dir.path("am1.csv")));
    storage::AuditFilter filter;
    filter.action = "report.export";
    const auto rows = storage::AuditRepository(am1->db()).list(filter).value();
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const storage::AuditRecord& row) {
        return row.username == "am1" && row.outcome == "refused";
    }));
}

TEST_F(TestTierReportService, BadDestinationsFormatsAndRunsAreRefusedWithoutAFile) {
    auto ana = test::openAs(path, "ana");
    auto format = exportAs(*ana, "x.doc", {}, "doc");
    ASSERT_FALSE(format.ok());
    EXPECT_EQ(format.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(format.error().message.find("'doc'"), std::string::npos);
    auto folder = exportAs(*ana, "missing/x.csv");
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(folder.error().message.find("does not exist"), std::string::npos);
    auto directory =
        TierReportService(*ana).exportReport({}, "csv", dir.dir().path().toStdString());
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().code, ErrorCode::InvalidArgument);
    auto run = exportAs(*ana, "x.csv", {12345, std::nullopt});
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(reports().isEmpty()) << reports().join(", ").toStdString();
    EXPECT_TRUE(exportAudits(*ana).empty());
}

TEST_F(TestTierReportService, AgreesWithARealScoringRunsOwnCounts) {
    auto admin = test::openAs(path, "admin");
    test::importCdnowSample(*admin);
    ScoringRequest request;
    request.asOfDay = Calendar::parseDay("1998-06-30");
    request.window = scoring::WindowSettings{true, 365};
    const ScoringRunSummary scored = ScoringService(*admin).run(request).value();

    ASSERT_TRUE(admin->confirmIdentity(test::kAdminPassword).ok());
    auto done = exportAs(*admin, "cdnow.csv", {scored.run.id, std::nullopt});
    ASSERT_TRUE(done.ok()) << done.error().message;
    EXPECT_EQ(done->customers, scored.run.customers);
    const std::string text = test::readFile(dir.path("cdnow.csv"));
    for (int t = 0; t < scoring::kTierCount; ++t) {
        const std::string line = std::string(scoring::tierName(static_cast<scoring::Tier>(t))) +
                                 "," + std::to_string(scored.tierCounts[t]) + ",";
        EXPECT_NE(text.find("\r\n" + line), std::string::npos) << line;
    }
    // Revenue per tier sums the run's M.
    const double revenue =
        std::stod(test::dumpQuery(admin->db(), "SELECT COALESCE(SUM(monetary), 0) FROM "
                                               "customer_scores WHERE run_id = " +
                                                   std::to_string(scored.run.id)));
    char total[64];
    std::snprintf(total, sizeof total, "total,%lld,1.0000,%.2f,",
                  static_cast<long long>(scored.run.customers), revenue);
    EXPECT_NE(text.find(total), std::string::npos) << total;
}
