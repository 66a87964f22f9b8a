// What users do about warnings: acknowledged and resolved ones leave the open
// list, snoozed ones come back on their day, and each is recorded.

#include "domain/interactions/InteractionService.h"
#include "domain/warnings/WarningService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestWarningStates : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        admin = as("admin");
        c1 = customer(*admin, "C1", "am1");
        // Four outbound contacts in the week: an over-contact warning since today.
        InteractionService log(*admin);
        for (const char* at :
             {"2026-06-27 09:00", "2026-06-28 09:00", "2026-06-29 09:00", "2026-06-30 09:00"}) {
            InteractionDraft d{c1, "email", "email", "outbound", "", "", {}, instant(*admin, at)};
            if (!log.add(d, true))
                throw std::runtime_error("contact");
        }
    }

    std::vector<Warning> open(Workspace& ws, bool all = false) {
        WarningFilter f;
        f.kind = WarningKind::OverContact;
        f.includeHandled = all;
        f.asOfDay = ws.calendar().dayOf(ws.nowMs());
        return *WarningService(ws).list(f);
    }

    std::unique_ptr<Workspace> admin;
    std::int64_t c1 = 0;
};

} // namespace

TEST_F(TestWarningStates, AnAcknowledgedWarningLeavesTheOpenListAndIsRecorded) {
    auto am1 = as("am1");
    ASSERT_EQ(open(*am1).size(), 1u);
    const std::string id = warningId(open(*am1)[0]);
    EXPECT_EQ(id, "over-contact:" + std::to_string(c1) + ":2026-06-30");
    auto handled = WarningService(*am1).handle(id, WarningAction::Acknowledge);
    ASSERT_TRUE(handled.ok()) << handled.error().message;
    EXPECT_TRUE(open(*am1).empty());
    ASSERT_EQ(open(*am1, true).size(), 1u);
    EXPECT_EQ(open(*am1, true)[0].state, "acknowledged");
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM warning_states WHERE state = 'acknowledged' "
                            "AND user_id = (SELECT id FROM users WHERE username = 'am1')"),
              1);
}

TEST_F(TestWarningStates, ASnoozedWarningComesBackOnItsDay) {
    const std::string id = warningId(open(*admin)[0]);
    ASSERT_TRUE(WarningService(*admin)
                    .handle(id, WarningAction::Snooze, *Calendar::parseDay("2026-07-02"))
                    .ok());
    EXPECT_TRUE(open(*admin).empty());
    auto nextDay = as("admin", "2026-07-01 09:00");
    EXPECT_TRUE(open(*nextDay).empty());
    auto dayAfter = as("admin", "2026-07-02 09:00");
    // The contacts of 06-27 ... 06-30 are still within the seven days ending 07-02.
    ASSERT_EQ(open(*dayAfter).size(), 1u);
    EXPECT_EQ(open(*dayAfter)[0].state, "open");
}

TEST_F(TestWarningStates, BadIdsSnoozesWithoutADayAndOtherTeamsAreRefused) {
    WarningService warnings(*admin);
    EXPECT_EQ(warnings.handle("over-contact:x:2026-06-30", WarningAction::Resolve).error().code,
              ErrorCode::InvalidArgument);
    const std::string id = warningId(open(*admin)[0]);
    EXPECT_EQ(warnings.handle(id, WarningAction::Snooze).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(warnings.handle("churn:" + std::to_string(c1) + ":2026-06-30", WarningAction::Resolve)
                  .error()
                  .code,
              ErrorCode::NotFound);
    auto sup2 = as("sup2");
    EXPECT_EQ(WarningService(*sup2).handle(id, WarningAction::Resolve).error().code,
              ErrorCode::PermissionDenied);
    auto resolved = warnings.handle(id, WarningAction::Resolve);
    ASSERT_TRUE(resolved.ok());
    EXPECT_TRUE(open(*admin).empty());
}
