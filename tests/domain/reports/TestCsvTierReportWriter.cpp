// The CSV tier report read back with the project's own CSV reader: every
// section in order, stable keys, values as stored, and nothing left behind
// when writing fails or is cancelled.

#include "SampleTierReport.h"
#include "domain/files/CsvReader.h"
#include "domain/reports/CsvTierReportWriter.h"
#include "support/TestSupport.h"

#include <QDir>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace tessera;
using namespace tessera::domain;

namespace {

// Each section's rows (its header first), by section key.
using Sections = std::map<std::string, std::vector<std::vector<std::string>>>;

Sections readSections(const std::string& path) {
    auto reader = CsvReader::open(path);
    EXPECT_TRUE(reader.ok());
    Sections sections;
    std::string current = reader.ok() ? (*reader)->header().at(0) : "";
    EXPECT_TRUE((*reader)
                    ->forEachRow(
                        [&](const SourceRow& row) -> Status {
                            std::vector<std::string> fields(row.fields.begin(), row.fields.end());
                            if (fields.size() == 1 && fields[0].starts_with("["))
                                current = fields[0];
                            else
                                sections[current].push_back(std::move(fields));
                            return {};
                        },
                        {})
                    .ok());
    return sections;
}

std::string value(const Sections& sections, const std::string& item) {
    for (const auto& row : sections.at("[report]"))
        if (row.at(0) == item)
            return row.at(1);
    return "(missing)";
}

} // namespace

TEST(TestCsvTierReportWriter, WritesEverySectionWithStableKeysAndStoredValues) {
    test::TempDir dir;
    const std::string path = dir.path("tiers.csv");
    ASSERT_TRUE(CsvTierReportWriter().write(test::sampleTierReport(), path, {}).ok());
    EXPECT_TRUE(test::readFile(path).starts_with("\xEF\xBB\xBF[report]\r\n"));
    const Sections s = readSections(path);

    EXPECT_EQ(value(s, "title"), "Tier report: scoring run 7 as of 2024-06-30");
    EXPECT_EQ(value(s, "scoring_run"), "7");
    EXPECT_EQ(value(s, "as_of"), "2024-06-30");
    EXPECT_EQ(value(s, "profile_version"), "3");
    EXPECT_EQ(value(s, "generated_by"), "李分析 (ana)");
    EXPECT_EQ(value(s, "generated_at"), "2024-07-01 09:30 (Asia/Shanghai)");
    EXPECT_EQ(value(s, "customers"), "3");
    EXPECT_EQ(value(s, "promotions"), "1");
    EXPECT_EQ(value(s, "demotions"), "1");

    const auto& tiers = s.at("[tiers]");
    ASSERT_EQ(tiers.size(), 7u); // header, five tiers, all tiers
    EXPECT_EQ(tiers[0],
              (std::vector<std::string>{"tier", "customers", "customer_share", "revenue",
                                        "revenue_share", "average_clv", "average_p_alive"}));
    EXPECT_EQ(tiers[1], (std::vector<std::string>{"Diamond", "1", "0.3333", "1200.50", "0.8001",
                                                  "800.00", "0.9500"}));
    EXPECT_EQ(tiers[2],
              (std::vector<std::string>{"Platinum", "0", "0.0000", "0.00", "0.0000", "", ""}));
    EXPECT_EQ(tiers[6], (std::vector<std::string>{"total", "3", "1.0000", "1500.50", "1.0000",
                                                  "405.00", "0.5750"}));

    const auto& owners = s.at("[owners]");
    ASSERT_EQ(owners.size(), 3u);
    EXPECT_EQ(owners[1][0], "张经理");
    EXPECT_EQ(owners[1][1], "2");
    EXPECT_EQ(owners[0].back(), "bronze");

    const auto& movements = s.at("[movements]");
    EXPECT_EQ(movements[0], (std::vector<std::string>{"from_tier", "to_diamond", "to_platinum",
                                                      "to_gold", "to_silver", "to_bronze"}));
    EXPECT_EQ(movements[2], (std::vector<std::string>{"Platinum", "1", "0", "0", "0", "0"}));

    const auto& moved = s.at("[moved_customers]");
    ASSERT_EQ(moved.size(), 3u);
    EXPECT_EQ(moved[1], (std::vector<std::string>{"C1", "王伟", "张经理", "Platinum", "Diamond",
                                                  "83.1", "93.1", "promotion"}));
    EXPECT_EQ(moved[2].back(), "demotion");

    const auto& customers = s.at("[customers]");
    ASSERT_EQ(customers.size(), 4u);
    EXPECT_EQ(customers[0], (std::vector<std::string>{
                                "code", "name", "kind", "owner", "revenue", "tier", "previous_tier",
                                "rfm_code", "segment", "rfms", "crmv", "tier_score", "clv",
                                "p_alive", "scoring_run", "as_of", "profile_version"}));
    EXPECT_EQ(customers[1],
              (std::vector<std::string>{"C1", "王伟", "person", "张经理", "1200.50", "Diamond",
                                        "Platinum", "5-4-5-2", "Champions", "93.1", "", "93.1",
                                        "800.00", "0.9500", "7", "2024-06-30", "3"}));
}

TEST(TestCsvTierReportWriter, AReportWithoutComparisonHasNoMovementSections) {
    test::TempDir dir;
    const std::string path = dir.path("plain.csv");
    TierReport report = test::sampleTierReport();
    report.compareRun.reset();
    report.movements.reset();
    ASSERT_TRUE(CsvTierReportWriter().write(report, path, {}).ok());
    const Sections s = readSections(path);
    EXPECT_FALSE(s.contains("[movements]"));
    EXPECT_FALSE(s.contains("[moved_customers]"));
    EXPECT_EQ(s.at("[customers]")[0][6], "rfm_code"); // no previous_tier column
    EXPECT_EQ(value(s, "compared_with"), "None");
}

TEST(TestCsvTierReportWriter, ACancelledExportLeavesTheOldFileAndNoTemporaryOne) {
    test::TempDir dir;
    const std::string path = dir.path("tiers.csv");
    test::writeFile(path, "the previous report");
    std::atomic_bool cancel{true};
    const JobControl job({}, &cancel);
    const Status written = CsvTierReportWriter().write(test::sampleTierReport(10000), path, job);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(test::readFile(path), "the previous report");
    EXPECT_EQ(QDir(dir.dir().path()).entryList(QDir::Files), QStringList{"tiers.csv"});
}

TEST(TestCsvTierReportWriter, AMissingFolderIsAnErrorAndNoFile) {
    test::TempDir dir;
    const std::string path = dir.path("nowhere/tiers.csv");
    const Status written = CsvTierReportWriter().write(test::sampleTierReport(), path, {});
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(std::filesystem::exists(path));
}
