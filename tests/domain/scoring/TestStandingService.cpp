// Standing kept up to date through the domain: each interaction recomputes
// the customer's loyalty stage; an override by hand wins until its day.

#include "domain/interactions/InteractionService.h"
#include "domain/scoring/StandingService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestStandingService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        admin = as("admin");
        c1 = customer(*admin, "C1", "am1");
    }

    std::string loyalty() {
        auto stmt = admin->db().prepare("SELECT loyalty FROM customers WHERE id = ?1");
        stmt->bind(1, c1);
        return *stmt->first([](const storage::Statement& s) { return s.text(0); }).value();
    }

    void interact(const char* at) {
        InteractionDraft d;
        d.customerId = c1;
        d.channel = "wechat";
        d.kind = "message";
        d.direction = "inbound";
        d.at = instant(*admin, at);
        auto logged = InteractionService(*admin).add(d);
        if (!logged)
            throw std::runtime_error(logged.error().message);
    }

    std::unique_ptr<Workspace> admin;
    std::int64_t c1 = 0;
};

} // namespace

TEST_F(TestStandingService, ThreeInteractionsMoveANewCustomerFromAwarenessToEvaluation) {
    EXPECT_EQ(loyalty(), "awareness");
    interact("2026-06-20 09:00");
    interact("2026-06-25 09:00");
    EXPECT_EQ(loyalty(), "awareness");
    interact("2026-06-30 09:00");
    EXPECT_EQ(loyalty(), "evaluation");
}

TEST_F(TestStandingService, AnOverrideWinsUntilItsDayAndNeedsAReason) {
    StandingService standing(*admin);
    const std::int32_t until = *Calendar::parseDay("2026-07-15");
    EXPECT_FALSE(standing.setOverride(c1, "loyalty", "commitment", "", until).ok());
    EXPECT_FALSE(
        standing.setOverride(c1, "loyalty", "loyal", "Signed a framework deal", until).ok());
    EXPECT_FALSE(standing.setOverride(c1, "health", "101", "x", until).ok());
    ASSERT_TRUE(
        standing.setOverride(c1, "loyalty", "commitment", "Signed a framework deal", until).ok());
    interact("2026-06-30 09:00");
    EXPECT_EQ(loyalty(), "commitment");
    // On the override's last day it still holds; from its "until" day the rules apply again.
    auto later = as("admin", "2026-07-15 09:00");
    ASSERT_TRUE(StandingService(*later).refresh(c1).ok());
    EXPECT_EQ(loyalty(), "awareness");
}

TEST_F(TestStandingService, AnAnalystMayNotOverride) {
    auto ana = as("ana");
    auto refused = StandingService(*ana).setOverride(c1, "health", "50", "test",
                                                     *Calendar::parseDay("2026-07-15"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}
