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

TEST(TestCalendar, IsoDayAgreesWithQtOnEveryDayAndAtTheEdgesOfFourDigitYears) {
    // Every day from 1600 to 2400 (leap centuries included), then the years
    // where the plain-text form hands over to Qt's.
    const std::int32_t first = Calendar::dayFromDate(QDate(1600, 1, 1));
    const std::int32_t last = Calendar::dayFromDate(QDate(2400, 12, 31));
    for (std::int32_t day = first; day <= last; ++day)
        ASSERT_EQ(Calendar::isoDay(day),
                  Calendar::dateFromDay(day).toString(Qt::ISODate).toStdString())
            << day;
    for (const QDate& date :
         {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(-1, 12, 31), QDate(10000, 1, 1)}) {
        const std::int32_t day = Calendar::dayFromDate(date);
        EXPECT_EQ(Calendar::isoDay(day), date.toString(Qt::ISODate).toStdString()) << day;
        EXPECT_EQ(Calendar::isoDate(day), date.toString(Qt::ISODate)) << day;
    }
    EXPECT_EQ(Calendar::isoDay(0), "1970-01-01");
    EXPECT_EQ(Calendar::isoDay(-1), "1969-12-31");
}
