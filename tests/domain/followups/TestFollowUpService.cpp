// Follow-ups through the domain: set up, complete, move; overdue ones warn;
// past days and other teams are refused.

#include "domain/admin/UserService.h"
#include "domain/followups/FollowUpService.h"
#include "domain/warnings/WarningService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestFollowUpService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        admin = as("admin");
        c1 = customer(*admin, "C1", "am1");
        c3 = customer(*admin, "C3", "am3");
    }

    static std::int32_t day(const char* text) { return *Calendar::parseDay(text); }

    std::unique_ptr<Workspace> admin;
    std::int64_t c1 = 0;
    std::int64_t c3 = 0;
};

} // namespace

TEST_F(TestFollowUpService, AFollowUpIsSetUpCompletedAndMoved) {
    auto am1 = as("am1");
    FollowUpService followUps(*am1);
    auto id = followUps.add({c1, day("2026-07-02"), "Send the revised quote", std::nullopt});
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto row = followUps.find(*id);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row->assignee, "am1") << "by default the customer's account manager";
    ASSERT_TRUE(followUps.reschedule(*id, day("2026-07-09")).ok());
    EXPECT_EQ(followUps.find(*id)->record.dueDay, day("2026-07-09"));
    ASSERT_TRUE(followUps.complete(*id).ok());
    EXPECT_FALSE(followUps.complete(*id).ok()) << "already done";
    EXPECT_TRUE(followUps.list()->empty());
}

TEST_F(TestFollowUpService, APastDueDateOrAnotherTeamIsRefused) {
    auto am1 = as("am1");
    auto past = FollowUpService(*am1).add({c1, day("2026-06-29"), "", std::nullopt});
    ASSERT_FALSE(past.ok());
    EXPECT_NE(past.error().message.find("has passed"), std::string::npos);
    EXPECT_EQ(FollowUpService(*am1).add({c3, day("2026-07-01"), "", std::nullopt}).error().code,
              ErrorCode::PermissionDenied);
    auto am3 = UserService(*admin).idOf("am3");
    EXPECT_EQ(FollowUpService(*am1).add({c1, day("2026-07-01"), "", *am3}).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM follow_ups"), 0);
}

TEST_F(TestFollowUpService, AFollowUpPastItsDayIsAWarningUntilDone) {
    auto id = FollowUpService(*admin).add({c1, day("2026-06-30"), "Call back", std::nullopt});
    ASSERT_TRUE(id.ok());
    WarningFilter overdue;
    overdue.kind = WarningKind::FollowUp;
    EXPECT_TRUE(WarningService(*admin).list(overdue)->empty()) << "due today is not overdue";
    auto tomorrow = as("admin", "2026-07-01 08:00");
    overdue.asOfDay = day("2026-07-01");
    ASSERT_EQ(WarningService(*tomorrow).list(overdue)->size(), 1u);
    ASSERT_TRUE(FollowUpService(*tomorrow).complete(*id).ok());
    EXPECT_TRUE(WarningService(*tomorrow).list(overdue)->empty());
}
