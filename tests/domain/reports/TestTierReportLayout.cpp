// The tier report's header (its facts) says whether the run's lifetime-value
// fits are sound, in CSV and XLSX (the PDF: TestPdfTierReportWriter). A run
// on the issue's homogeneous population (support/UniformPurchases.h)
// carries the warnings, a run on the CDNOW sample says "None".

#include "ProgramOutput.h"
#include "domain/reports/CsvTierReportWriter.h"
#include "domain/reports/TierReportBuilder.h"
#include "domain/reports/TierReportLayout.h"
#include "domain/reports/XlsxTierReportWriter.h"
#include "domain/scoring/ScoringService.h"
#include "support/TestSupport.h"
#include "support/UniformPurchases.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

// Every cell of the workbook's "Report" sheet, one per line.
constexpr const char* kReportSheet = R"(
import sys, openpyxl
for row in openpyxl.load_workbook(sys.argv[1])["Report"].iter_rows(values_only=True):
    print("\n".join(str(v) for v in row if v is not None))
)";

class TestTierReportLayout : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("layout.tessera");
        test::makeStandardDatabase(path);
        ws = test::openAs(path, "admin");
    }

    TierReport scoreAndBuild() {
        ScoringRequest request;
        request.asOfDay = Calendar::parseDay("1998-07-01");
        request.window = scoring::WindowSettings{true, 365};
        EXPECT_TRUE(ScoringService(*ws).run(request).ok());
        auto report = TierReportBuilder(*ws).build({});
        EXPECT_TRUE(report.ok()) << (report ? "" : report.error().message);
        return report ? *report : TierReport{};
    }

    static QString fact(const ReportDocument& document, const std::string& key) {
        for (const ReportFact& f : document.facts)
            if (f.key == key)
                return f.value;
        return QStringLiteral("(missing)");
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_F(TestTierReportLayout, TheHeaderOfAnUnsoundRunCarriesItsWarningsInEveryFormat) {
    test::importUniformCdnow(*ws, dir.path("uniform.txt"));
    const TierReport report = scoreAndBuild();
    ASSERT_FALSE(report.lifetimeValueWarnings.isEmpty());
    const QString warnings = fact(TierReportLayout::document(report), "lifetime_value_warnings");
    EXPECT_TRUE(warnings.contains("Gamma-Gamma parameter q")) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains("without heterogeneity")) << warnings.toStdString();

    // The PDF is written under a QGuiApplication: TestPdfTierReportWriter.
    const std::string csv = dir.path("tiers.csv"), xlsx = dir.path("tiers.xlsx");
    ASSERT_TRUE(CsvTierReportWriter().write(report, csv, {}).ok());
    ASSERT_TRUE(XlsxTierReportWriter().write(report, xlsx, {}).ok());
    const std::string first = report.lifetimeValueWarnings.front().toStdString();
    const std::string csvText = test::readFile(csv);
    const std::size_t row = csvText.find("lifetime_value_warnings,");
    ASSERT_NE(row, std::string::npos);
    EXPECT_LT(row, csvText.find("[tiers]")); // in the header section, before the tables
    EXPECT_NE(csvText.find(first), std::string::npos);
    EXPECT_NE(test::programOutput(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral("-c"), QString::fromLatin1(kReportSheet),
                                   QString::fromStdString(xlsx)})
                  .find(first),
              std::string::npos);
}

TEST_F(TestTierReportLayout, TheHeaderOfASoundRunSaysNone) {
    test::importCdnowSample(*ws);
    const TierReport report = scoreAndBuild();
    EXPECT_TRUE(report.lifetimeValueWarnings.isEmpty());
    EXPECT_EQ(fact(TierReportLayout::document(report), "lifetime_value_warnings"), "None");
}
