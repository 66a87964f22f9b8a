// The PDF tier report read back with pdftotext and pdfinfo (poppler-utils):
// A4 landscape, the title block, every section, Chinese names, the table
// header repeated on each page a long table spans, the row limit note, and
// Chinese headings under the Chinese translation.

#include "ProgramOutput.h"
#include "SampleTierReport.h"
#include "domain/reports/PdfTierReportWriter.h"
#include "domain/scoring/FitWarningText.h"
#include "i18n/TranslationInstaller.h"
#include "support/TestSupport.h"

#include <QDir>
#include <filesystem>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

std::string pdfText(const std::string& path) {
    return test::programOutput(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QString::fromStdString(path), QStringLiteral("-")});
}

std::string pdfInfo(const std::string& path) {
    return test::programOutput(QStringLiteral("pdfinfo"), {QString::fromStdString(path)});
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST(TestPdfTierReportWriter, TitleBlockSectionsAndChineseNamesOnA4Landscape) {
    test::TempDir dir;
    const std::string path = dir.path("tiers.pdf");
    ASSERT_TRUE(PdfTierReportWriter().write(test::sampleTierReport(), path, {}).ok());
    const std::string info = pdfInfo(path);
    EXPECT_NE(info.find("A4"), std::string::npos) << info;
    EXPECT_NE(info.find("842 x 595"), std::string::npos) << info; // landscape
    const std::string text = pdfText(path);
    for (const char* expected : {"Tier report: scoring run 7 as of 2024-06-30",
                                 "Scoring run",
                                 "李分析 (ana)",
                                 "2024-07-01 09:30 (Asia/Shanghai)",
                                 "Run 6 as of 2024-03-31",
                                 "Tiers",
                                 "Account managers",
                                 "Tier movements",
                                 "Promoted and demoted customers",
                                 "Customers",
                                 "Diamond",
                                 "Platinum",
                                 "Gold",
                                 "Silver",
                                 "Bronze",
                                 "All tiers",
                                 "王伟",
                                 "张经理",
                                 "Acme Trading",
                                 "1,200.50",
                                 "33.3%",
                                 "Promoted",
                                 "Demoted",
                                 "Page 1"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

TEST(TestPdfTierReportWriter, ALongTableBreaksPagesRepeatsItsHeaderAndStopsAtTheLimit) {
    test::TempDir dir;
    const std::string path = dir.path("long.pdf");
    const int fillers = static_cast<int>(PdfTierReportWriter::kMaxRowsPerTable) + 500;
    ASSERT_TRUE(PdfTierReportWriter().write(test::sampleTierReport(fillers), path, {}).ok());
    const std::string text = pdfText(path);
    const int pages = count(text, "\f");
    EXPECT_GT(pages, 20);
    // The customer table's header heads each of its pages.
    EXPECT_GE(count(text, "TierScore"), pages - 2) << pages;
    EXPECT_NE(text.find("客户01997"), std::string::npos); // row 2,000
    EXPECT_EQ(text.find("客户01998"), std::string::npos);
    EXPECT_NE(text.find("The first 2000 of 2503 rows"), std::string::npos);
    EXPECT_NE(text.find("Page " + std::to_string(pages)), std::string::npos);
}

TEST(TestPdfTierReportWriter, ACancelledOrFailedExportLeavesNoFile) {
    test::TempDir dir;
    const std::string path = dir.path("tiers.pdf");
    std::atomic_bool cancel{true};
    const Status cancelled =
        PdfTierReportWriter().write(test::sampleTierReport(10000), path, JobControl({}, &cancel));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(QDir(dir.dir().path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    const Status missing =
        PdfTierReportWriter().write(test::sampleTierReport(), dir.path("no/such.pdf"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::IoError);
}

TEST(TestPdfTierReportWriter, TheTitleBlockWrapsTheLifetimeValueWarnings) {
    // Two warnings of an unsound run: far longer than one line of the title block.
    domain::TierReport report = test::sampleTierReport();
    using domain::LifetimeModel;
    report.lifetimeValueWarnings = {
        domain::FitWarningText::sentence(LifetimeModel::BgNbd,
                                         {scoring::FitWarningKind::ShapeTooLarge, "r", 275.2, 100}),
        domain::FitWarningText::sentence(
            LifetimeModel::GammaGamma,
            {scoring::FitWarningKind::ScaleOffData, "v", 2.96e11, 1000, 52.9})};
    test::TempDir dir;
    const std::string path = dir.path("tiers.pdf");
    ASSERT_TRUE(PdfTierReportWriter().write(report, path, {}).ok());
    // Lines joined and the layout's runs of spaces closed up.
    const std::string text = QString::fromStdString(pdfText(path)).simplified().toStdString();
    // Every part of both sentences is there, the end of the second too: nothing is cut off.
    for (const char* expected :
         {"Lifetime value model warnings", "BG/NBD parameter r is 275.2, above 100",
          "without heterogeneity", "Gamma-Gamma parameter v is 2.96e+11",
          "mean repeat purchase value, 52.9", "(P(alive) is not affected)", "Customers"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

// Last: it leaves the Chinese translation installed.
TEST(TestPdfTierReportWriter, HeadingsAndTierNamesInChineseUnderTheChineseTranslation) {
    ASSERT_TRUE(i18n::installTranslations(QLocale(QStringLiteral("zh_CN"))));
    test::TempDir dir;
    const std::string path = dir.path("zh.pdf");
    ASSERT_TRUE(PdfTierReportWriter().write(test::sampleTierReport(), path, {}).ok());
    const std::string text = pdfText(path);
    for (const char* expected : {"等级报告：评分批次 7，基准日 2024-06-30", "等级分布", "钻石",
                                 "铂金", "黄金", "白银", "青铜", "王伟", "升级"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
}
