// The service levels of a ticket at their boundaries: the first response
// within 24 hours (on time at 23:59, late at 24:00:01), escalation at each
// level, and a late resolution.

#include "domain/tickets/ServiceLevel.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

constexpr std::int64_t kOpened = 1'780'000'000'000; // any instant
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 60 * kMinute;

storage::TicketRecord ticket(const char* level, std::optional<std::int64_t> responseAfter = {}) {
    storage::TicketRecord t;
    t.openedAt = kOpened;
    t.escalation = level;
    if (responseAfter)
        t.firstResponseAt = kOpened + *responseAfter;
    return t;
}

ServiceLevelStatus at(const storage::TicketRecord& t, std::int64_t after) {
    return ServiceLevel::evaluate(t, scoring::WarningThresholds{}, kOpened + after);
}

} // namespace

TEST(TestServiceLevel, AFirstResponseAt23h59IsOnTimeAndAt24h00m01sLate) {
    EXPECT_FALSE(at(ticket("72h", 23 * kHour + 59 * kMinute), 30 * kHour).firstResponseLate);
    EXPECT_FALSE(at(ticket("72h", 24 * kHour), 30 * kHour).firstResponseLate);
    EXPECT_TRUE(at(ticket("72h", 24 * kHour + 1000), 30 * kHour).firstResponseLate);
}

TEST(TestServiceLevel, WithoutAResponseTheFirstResponseIsLateOnlyAfter24Hours) {
    EXPECT_FALSE(at(ticket("72h"), 24 * kHour).firstResponseLate);
    EXPECT_TRUE(at(ticket("72h"), 24 * kHour + 1000).firstResponseLate);
    // A response recorded after the instant asked about had not happened yet.
    EXPECT_TRUE(at(ticket("72h", 30 * kHour), 25 * kHour).firstResponseLate);
    EXPECT_FALSE(at(ticket("72h", 30 * kHour), 25 * kHour).responded);
}

TEST(TestServiceLevel, EachLevelEscalatesWhenItsTimePassesWithoutAResponse) {
    EXPECT_FALSE(at(ticket("immediate"), 0).escalated);
    EXPECT_TRUE(at(ticket("immediate"), 1000).escalated);
    EXPECT_FALSE(at(ticket("24h"), 24 * kHour).escalated);
    EXPECT_TRUE(at(ticket("24h"), 24 * kHour + 1000).escalated);
    EXPECT_FALSE(at(ticket("72h"), 72 * kHour).escalated);
    EXPECT_TRUE(at(ticket("72h"), 72 * kHour + 1000).escalated);
}

TEST(TestServiceLevel, AResponseInTimeStopsTheEscalation) {
    const auto answered = ticket("24h", 2 * kHour);
    EXPECT_FALSE(at(answered, 25 * kHour).escalated);
    EXPECT_FALSE(at(answered, 25 * kHour).firstResponseLate);
    // ... but not a response after the level's time ran out.
    EXPECT_TRUE(at(ticket("24h", 25 * kHour), 26 * kHour).escalated);
}

TEST(TestServiceLevel, AResolutionAfter72HoursIsLateAndEscalates) {
    auto t = ticket("72h", 2 * kHour);
    EXPECT_FALSE(at(t, 72 * kHour).resolutionLate);
    EXPECT_TRUE(at(t, 72 * kHour + 1000).resolutionLate);
    EXPECT_TRUE(at(t, 72 * kHour + 1000).escalated);
    t.resolvedAt = kOpened + 71 * kHour;
    EXPECT_FALSE(at(t, 100 * kHour).resolutionLate);
    EXPECT_TRUE(at(t, 100 * kHour).resolved);
}

TEST(TestServiceLevel, ATicketIsNearItsTargetWithinFourHours) {
    EXPECT_FALSE(at(ticket("72h"), 19 * kHour).nearTarget);
    EXPECT_TRUE(at(ticket("72h"), 20 * kHour).nearTarget);
    EXPECT_FALSE(at(ticket("72h"), 25 * kHour).nearTarget) << "late, not near";
}

TEST(TestServiceLevel, TheTargetsAreTheProfilesSettings) {
    scoring::WarningThresholds w;
    w.ticketFirstResponseHours = 4;
    const auto s = ServiceLevel::evaluate(ticket("72h"), w, kOpened + 5 * kHour);
    EXPECT_TRUE(s.firstResponseLate);
    EXPECT_EQ(s.firstResponseDue, kOpened + 4 * kHour);
}
