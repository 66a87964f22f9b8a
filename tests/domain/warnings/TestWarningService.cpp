#include "domain/scoring/ProfileService.h"
#include "domain/warnings/WarningService.h"
#include "support/TestSupport.h"
#include "support/WarningTestData.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

// am1 and am2 report to sup; am3 to sup2 (see makeStandardDatabase).
class TestWarningService : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("warnings.tessera");
        test::makeStandardDatabase(path);
        auto admin = test::openAs(path, "admin");
        test::WarningTestData data(*admin);
        data.purchase(data.customer("A1-CHURN", "am1", "person", "Li Wei"), day - 120);
        data.purchase(data.customer("A2-CHURN", "am2"), day - 100);
        data.purchase(data.customer("A3-CHURN", "am3"), day - 95);
        data.purchase(data.customer("A2-QUIET", "am2"), day - 40);
        const auto busy = data.customer("A1-BUSY", "am1");
        for (int back : {0, 1, 2, 3})
            data.contact(busy, day - back);
        data.purchase(busy, day - 40);
        data.followUp(busy, day - 3, "Call back about the invoice");
    }

    std::vector<Warning> listAs(const std::string& user, WarningFilter filter = {}) {
        auto ws = test::openAs(path, user);
        filter.asOfDay = day;
        auto warnings = WarningService(*ws).list(filter);
        EXPECT_TRUE(warnings.ok()) << (warnings.ok() ? "" : warnings.error().message);
        return warnings.ok() ? *warnings : std::vector<Warning>{};
    }

    static std::vector<std::string> codesOf(const std::vector<Warning>& warnings) {
        std::vector<std::string> out;
        for (const auto& w : warnings)
            out.push_back(std::string(warningKindKey(w.kind)) + " " + w.code);
        return out;
    }

    const std::int32_t day = test::warningDay(); // 2026-06-30
    test::TempDir dir;
    std::string path;
};

} // namespace

TEST_F(TestWarningService, AnAdministratorSeesEveryWarningByKindThenOldestFirst) {
    EXPECT_EQ(codesOf(listAs("admin")),
              (std::vector<std::string>{"churn A1-CHURN", "churn A2-CHURN", "churn A3-CHURN",
                                        "over-contact A1-BUSY", "follow-up A1-BUSY"}));
}

TEST_F(TestWarningService, AnAccountManagerSeesOnlyTheirOwnPortfolio) {
    const auto mine = listAs("am1");
    EXPECT_EQ(codesOf(mine), (std::vector<std::string>{"churn A1-CHURN", "over-contact A1-BUSY",
                                                       "follow-up A1-BUSY"}));
    for (const auto& w : mine)
        EXPECT_EQ(w.owner, "am1");
    EXPECT_EQ(mine.front().name, "Li Wei");
}

TEST_F(TestWarningService, ASupervisorSeesTheTeamAndMayNarrowToOneOwner) {
    EXPECT_EQ(codesOf(listAs("sup")),
              (std::vector<std::string>{"churn A1-CHURN", "churn A2-CHURN", "over-contact A1-BUSY",
                                        "follow-up A1-BUSY"}));
    auto ws = test::openAs(path, "sup");
    WarningFilter filter;
    filter.asOfDay = day;
    filter.ownerId = ws->db().queryInt64("SELECT id FROM users WHERE username = 'am2'").value();
    EXPECT_EQ(codesOf(WarningService(*ws).list(filter).value()),
              (std::vector<std::string>{"churn A2-CHURN"}));
}

TEST_F(TestWarningService, AskingForSomeoneElsesPortfolioIsRefused) {
    auto ws = test::openAs(path, "am1");
    WarningFilter filter;
    filter.ownerId = ws->db().queryInt64("SELECT id FROM users WHERE username = 'am2'").value();
    auto refused = WarningService(*ws).list(filter);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

TEST_F(TestWarningService, AnAnalystSeesEveryWarningWithPersonalNamesMasked) {
    const auto all = listAs("ana");
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all.front().code, "A1-CHURN");
    EXPECT_NE(all.front().name, "Li Wei");
    EXPECT_EQ(all.back().reason, "Follow-up due 2026-06-27 is 3 days overdue.");
}

TEST_F(TestWarningService, FiltersByKindAndLimitsAfterOrdering) {
    WarningFilter filter;
    filter.kind = WarningKind::Churn;
    filter.limit = 2;
    EXPECT_EQ(codesOf(listAs("admin", filter)),
              (std::vector<std::string>{"churn A1-CHURN", "churn A2-CHURN"}));
}

TEST_F(TestWarningService, ReadsTheThresholdsFromTheCurrentProfile) {
    auto admin = test::openAs(path, "admin");
    auto saved = ProfileService(*admin).edit(
        {"warnings.churn_inactivity_days=30", "warnings.over_contact_max_contacts=5"},
        "earlier churn warnings");
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    WarningFilter filter;
    filter.kind = WarningKind::Churn;
    const auto churn = listAs("admin", filter);
    ASSERT_EQ(churn.size(), 4u); // A2-QUIET's purchase 40 days ago now counts
    EXPECT_EQ(churn.back().code, "A2-QUIET");
    EXPECT_EQ(churn.back().reason, "No purchase or interaction for 40 days (limit 30).");
    filter.kind = WarningKind::OverContact;
    EXPECT_TRUE(listAs("admin", filter).empty());
}

TEST_F(TestWarningService, EveryLimitGivesTheStartOfTheWholeListInItsOrder) {
    // The list is put in order in place, and only partly for a limit: each
    // limit must still give exactly the first warnings of the whole list.
    const std::vector<Warning> whole = listAs("admin");
    ASSERT_EQ(whole.size(), 5U);
    const auto text = [](const std::vector<Warning>& warnings) {
        std::vector<std::string> out;
        for (const auto& w : warnings)
            out.push_back(warningId(w) + " " + w.code + " " + w.owner + " " + w.reason);
        return out;
    };
    for (std::int64_t limit = 1; limit <= 6; ++limit) {
        WarningFilter filter;
        filter.limit = limit;
        std::vector<std::string> expected = text(whole);
        expected.resize(std::min<std::size_t>(expected.size(), static_cast<std::size_t>(limit)));
        EXPECT_EQ(text(listAs("admin", filter)), expected) << limit;
    }
}
