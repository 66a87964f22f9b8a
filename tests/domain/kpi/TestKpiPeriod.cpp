// Periods of the KPIs: months, quarters and years of the database's calendar.

#include "domain/kpi/KpiPeriod.h"

#include <gtest/gtest.h>

using namespace tessera::domain;

namespace {

std::int32_t day(const char* date) {
    return *Calendar::parseDay(date);
}

TEST(TestKpiPeriod, ReadsMonthsQuartersAndYears) {
    const auto month = KpiPeriod::parse("2026-10");
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->firstDay(), day("2026-10-01"));
    EXPECT_EQ(month->lastDay(), day("2026-10-31"));
    EXPECT_EQ(month->label(), "2026-10");
    const auto quarter = KpiPeriod::parse("2026q3");
    ASSERT_TRUE(quarter.ok());
    EXPECT_EQ(quarter->label(), "2026Q3");
    EXPECT_EQ(quarter->firstDay(), day("2026-07-01"));
    EXPECT_EQ(quarter->lastDay(), day("2026-09-30"));
    const auto year = KpiPeriod::parse("2024");
    ASSERT_TRUE(year.ok());
    EXPECT_EQ(year->lastDay() - year->firstDay() + 1, 366);
}

TEST(TestKpiPeriod, ThePreviousPeriodIsTheSameKindJustBefore) {
    EXPECT_EQ(KpiPeriod::parse("2026-01")->previous().label(), "2025-12");
    EXPECT_EQ(KpiPeriod::parse("2026Q1")->previous().label(), "2025Q4");
    EXPECT_EQ(KpiPeriod::parse("2026")->previous().label(), "2025");
    EXPECT_EQ(KpiPeriod::containing(KpiPeriod::Kind::Quarter, day("2026-05-31")).label(), "2026Q2");
}

TEST(TestKpiPeriod, RefusesWhatIsNotAPeriodWithAnExample) {
    for (const char* text : {"", "2026Q5", "26Q1", "2026-1-1", "last month"}) {
        const auto parsed = KpiPeriod::parse(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_NE(parsed.error().message.find("2026Q3"), std::string::npos) << text;
    }
    const auto month = KpiPeriod::parse("2026-13");
    ASSERT_FALSE(month.ok());
    EXPECT_NE(month.error().message.find("01 to 12"), std::string::npos);
}

TEST(TestKpiPeriod, BoundsAreInstantsOfTheDatabasesZone) {
    const Calendar shanghai("Asia/Shanghai");
    const auto days = KpiPeriod::parse("2026-05")->days(shanghai);
    EXPECT_EQ(days.startMs, shanghai.startOfDayMs(day("2026-05-01")));
    EXPECT_EQ(days.endMs, shanghai.startOfDayMs(day("2026-06-01")));
    EXPECT_EQ(days.endMs - days.startMs, 31LL * 86'400'000);
}

} // namespace
