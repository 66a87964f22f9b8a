#include "domain/import/ImportRowParsers.h"

#include <gtest/gtest.h>

using namespace tessera::domain;

TEST(TestImportRowParser, ParsesMoneyToCentsAndRefusesWhatIsNotMoney) {
    EXPECT_EQ(parseCents("12.5"), 1250);
    EXPECT_EQ(parseCents(" -3 "), -300);
    EXPECT_EQ(parseCents("+0.005"), 1); // half a cent rounds away from zero
    EXPECT_EQ(parseCents("-0.005"), -1);
    EXPECT_EQ(parseCents(".99"), 99);
    EXPECT_EQ(parseCents("1234.5678"), 123457);
    for (const char* bad : {"", "-", "1,234.50", "12.34.5", "1e5", "abc", "1.23456", "."})
        EXPECT_FALSE(parseCents(bad).has_value()) << bad;
}

TEST(TestImportRowParser, ParsesWholeNumbersAndInstants) {
    EXPECT_EQ(parseWholeNumber(" 42 "), 42);
    EXPECT_FALSE(parseWholeNumber("4.2").has_value());
    EXPECT_FALSE(parseWholeNumber("").has_value());
    const Calendar shanghai("Asia/Shanghai");
    const auto at = parseInstantMs("2026-03-01 09:30", shanghai);
    ASSERT_TRUE(at.has_value());
    EXPECT_EQ(*at, 1772328600000); // 2026-03-01T01:30:00Z
    EXPECT_EQ(shanghai.dayOf(*at), Calendar::parseDay("2026-03-01"));
    EXPECT_FALSE(parseInstantMs("2026-03-01 25:00", shanghai).has_value());
}
