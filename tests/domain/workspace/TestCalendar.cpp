#include "domain/workspace/Calendar.h"

#include <gtest/gtest.h>

using tessera::domain::Calendar;

TEST(TestCalendar, ParsesTheAcceptedDateFormsAndOnlyRealDates) {
    EXPECT_EQ(Calendar::parseDay("1970-01-01"), 0);
    EXPECT_EQ(Calendar::parseDay("19970101"), Calendar::parseDay("1997-01-01"));
    EXPECT_EQ(Calendar::parseDay("1997/1/2"), Calendar::parseDay("1997-01-02"));
    EXPECT_EQ(Calendar::parseDay("2024.02.29"), Calendar::parseDay("2024-02-29"));
    for (const char* bad : {"2023-02-29", "1997-13-01", "97-01-01", "01/02/1997", "tomorrow", ""})
        EXPECT_FALSE(Calendar::parseDay(bad).has_value()) << bad;
    EXPECT_EQ(Calendar::isoDate(*Calendar::parseDay("1998-06-30")), "1998-06-30");
}

TEST(TestCalendar, DaysFollowTheDatabaseTimeZone) {
    const std::int64_t lateEveningUtc = 1767225600000 - 3600000; // 2025-12-31T23:00:00Z
    EXPECT_EQ(Calendar("UTC").dayOf(lateEveningUtc), *Calendar::parseDay("2025-12-31"));
    EXPECT_EQ(Calendar("Asia/Shanghai").dayOf(lateEveningUtc), *Calendar::parseDay("2026-01-01"));
}
