// The journey map on the worked example of docs/journeys.md
// (JourneyExample.h): every figure of May 2026 as computed by hand, the
// paths and drop-offs, the role scoping, what lies behind a card and one
// customer's journey.

#include "journeymaps/JourneyExample.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestJourneyService : public test::JourneyExample {
protected:
    static const TouchpointFigures& at(const JourneyMap& map, const std::string& stage,
                                       const std::string& name) {
        const TouchpointFigures* t = map.find(stage, name);
        if (!t)
            throw std::runtime_error("no touchpoint " + name);
        return *t;
    }

    std::int64_t userId(domain::Workspace& ws, const std::string& name) {
        return count(ws, "SELECT id FROM users WHERE username = '" + name + "'");
    }
};

TEST_F(TestJourneyService, MayOfTheWorkedExampleMatchesTheHandComputedFigures) {
    auto ws = as("admin");
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok()) << map.error().message;
    EXPECT_EQ(map->customers, 6);
    EXPECT_EQ(map->interactions, 15); // April's and J5's nothing left out

    const auto& hotline = at(*map, "After-sales", "Service hotline");
    EXPECT_EQ(hotline.volume, 4);
    EXPECT_DOUBLE_EQ(hotline.volumeShare, 4.0 / 15.0);
    EXPECT_DOUBLE_EQ(*hotline.reach, 3.0 / 6.0);
    EXPECT_EQ(hotline.responses, 3);
    EXPECT_DOUBLE_EQ(*hotline.satisfaction, 2.0);
    EXPECT_DOUBLE_EQ(*hotline.normalisedSatisfaction, 0.25);
    EXPECT_DOUBLE_EQ(*hotline.nps, 4.5);
    EXPECT_EQ(hotline.complaints, 4); // two complaint interactions, two tickets
    EXPECT_DOUBLE_EQ(*hotline.complaintRate, 1.0);
    EXPECT_DOUBLE_EQ(*hotline.firstResponseHours, 4.0);
    EXPECT_DOUBLE_EQ(*hotline.priority, 0.75 * 4.0 / 15.0);
    EXPECT_EQ(hotline.rank, 1);
    EXPECT_TRUE(hotline.painPoint);

    const auto& sales = at(*map, "Evaluation and purchase", "Sales consultation");
    EXPECT_EQ(sales.volume, 3);
    EXPECT_DOUBLE_EQ(*sales.reach, 0.5);
    EXPECT_DOUBLE_EQ(*sales.satisfaction, 3.0);
    EXPECT_DOUBLE_EQ(*sales.nps, 7.5);
    EXPECT_EQ(sales.complaints, 0);
    EXPECT_DOUBLE_EQ(*sales.complaintRate, 0.0);
    EXPECT_DOUBLE_EQ(*sales.priority, 0.5 * 3.0 / 15.0);
    EXPECT_EQ(sales.rank, 2);
    EXPECT_FALSE(sales.painPoint);

    const auto& advertising = at(*map, "Awareness", "Advertising");
    EXPECT_EQ(advertising.volume, 2);
    EXPECT_DOUBLE_EQ(*advertising.reach, 2.0 / 6.0);
    EXPECT_DOUBLE_EQ(*advertising.priority, 0.25 * 2.0 / 15.0);
    EXPECT_EQ(advertising.rank, 3);

    const auto& onboarding = at(*map, "Use", "Onboarding");
    EXPECT_DOUBLE_EQ(*onboarding.satisfaction, 5.0);
    EXPECT_DOUBLE_EQ(*onboarding.priority, 0.0);
    EXPECT_FALSE(onboarding.rank.has_value()); // fourth

    // NPS without CSAT: the score is shown, satisfaction and priority unknown.
    const auto& quotation = at(*map, "Evaluation and purchase", "Quotation");
    EXPECT_EQ(quotation.volume, 1);
    EXPECT_EQ(quotation.responses, 0);
    EXPECT_FALSE(quotation.satisfaction.has_value());
    EXPECT_DOUBLE_EQ(*quotation.nps, 8.0);
    EXPECT_FALSE(quotation.priority.has_value());

    // An unanswered ticket: a complaint without a first response.
    const auto& website = at(*map, "Awareness", "Website visit");
    EXPECT_EQ(website.complaints, 1);
    EXPECT_DOUBLE_EQ(*website.complaintRate, 1.0);
    EXPECT_FALSE(website.firstResponseHours.has_value());
    EXPECT_FALSE(website.satisfaction.has_value()); // its survey is April's

    const auto& orders = at(*map, "Evaluation and purchase", "Order placement");
    EXPECT_EQ(orders.volume, 0);
    EXPECT_DOUBLE_EQ(*orders.reach, 0.0);
    EXPECT_FALSE(orders.complaintRate.has_value());
}

TEST_F(TestJourneyService, StagesDropOffsAndPathsFollowEachCustomerInTimeOrder) {
    auto ws = as("admin");
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok()) << map.error().message;
    ASSERT_EQ(map->stages.size(), 5u);
    const std::vector<std::int64_t> customers = {3, 3, 2, 3, 1};
    for (std::size_t i = 0; i < customers.size(); ++i)
        EXPECT_EQ(map->stages[i].customers, customers[i]) << map->stages[i].name;

    ASSERT_EQ(map->dropOffs.size(), 4u);
    const std::vector<std::pair<std::int64_t, std::int64_t>> reachedContinued = {
        {3, 2}, {3, 1}, {2, 1}, {3, 0}};
    for (std::size_t i = 0; i < reachedContinued.size(); ++i) {
        EXPECT_EQ(map->dropOffs[i].reached, reachedContinued[i].first) << i;
        EXPECT_EQ(map->dropOffs[i].continued, reachedContinued[i].second) << i;
    }
    EXPECT_EQ(map->dropOffs[0].from, "Awareness");
    EXPECT_EQ(map->dropOffs[0].to, "Evaluation and purchase");
    EXPECT_DOUBLE_EQ(*map->dropOffs[0].dropShare(), 1.0 / 3.0);

    // Five customers, five different paths; J1's two evaluation touchpoints
    // in a row are one step, J4's call without a touchpoint is no step.
    ASSERT_EQ(map->paths.size(), 5u);
    std::map<std::vector<std::string>, double> churn;
    for (const auto& p : map->paths) {
        EXPECT_EQ(p.customers, 1);
        churn[p.stages] = p.churnShare();
    }
    using S = std::vector<std::string>;
    EXPECT_DOUBLE_EQ(churn.at(S{"Awareness", "Evaluation and purchase", "After-sales"}), 0.0);
    EXPECT_DOUBLE_EQ(churn.at(S{"Awareness", "Use", "After-sales"}), 1.0); // J2, health 30
    EXPECT_DOUBLE_EQ(churn.at(S{"After-sales"}), 1.0);                     // J4, churned
    EXPECT_DOUBLE_EQ(churn.at(S{"Evaluation and purchase", "Use", "Referral"}), 0.0);
    EXPECT_DOUBLE_EQ(churn.at(S{"Awareness", "Evaluation and purchase"}), 0.0);
}

TEST_F(TestJourneyService, TheMostCommonPathComesFirstAndTheLimitHolds) {
    auto ws = as("admin");
    interaction(*ws, "J5", "2026-05-02 12:00", "Advertising");
    interaction(*ws, "J5", "2026-05-03 12:00", "Quotation");
    JourneyRequest request = may();
    request.pathLimit = 2;
    auto map = JourneyService(*ws).compute(request);
    ASSERT_TRUE(map.ok()) << map.error().message;
    ASSERT_EQ(map->paths.size(), 2u);
    EXPECT_EQ(map->paths[0].stages,
              (std::vector<std::string>{"Awareness", "Evaluation and purchase"}));
    EXPECT_EQ(map->paths[0].customers, 2); // J5 and J6
}

TEST_F(TestJourneyService, EachRoleSeesItsOwnPopulation) {
    auto am = as("am1");
    auto mine = JourneyService(*am).compute(may());
    ASSERT_TRUE(mine.ok()) << mine.error().message;
    EXPECT_EQ(mine->customers, 3);    // J1, J2, J5
    EXPECT_EQ(mine->interactions, 8); // J1's four and J2's four
    EXPECT_EQ(mine->find("After-sales", "Service hotline")->volume, 3);

    auto sup = as("sup");
    auto team = JourneyService(*sup).compute(may());
    ASSERT_TRUE(team.ok());
    EXPECT_EQ(team->customers, 5); // everyone but am3's J4
    EXPECT_EQ(team->interactions, 13);

    auto analyst = as("ana");
    auto everyone = JourneyService(*analyst).compute(may());
    ASSERT_TRUE(everyone.ok());
    EXPECT_EQ(everyone->customers, 6);

    JourneyRequest other = may();
    other.owner = userId(*am, "am3");
    auto refused = JourneyService(*am).compute(other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    JourneyRequest otherTeam = may();
    otherTeam.teamSupervisor = userId(*sup, "sup2");
    auto refusedTeam = JourneyService(*sup).compute(otherTeam);
    ASSERT_FALSE(refusedTeam.ok());
    EXPECT_EQ(refusedTeam.error().code, ErrorCode::PermissionDenied);

    JourneyRequest byOwner = may();
    byOwner.owner = userId(*sup, "am2");
    auto am2 = JourneyService(*sup).compute(byOwner);
    ASSERT_TRUE(am2.ok());
    EXPECT_EQ(am2->customers, 2); // J3, J6
    EXPECT_EQ(am2->interactions, 5);
}

TEST_F(TestJourneyService, ATierOrSegmentNarrowsToTheLatestScoringRun) {
    auto ws = as("admin");
    JourneyRequest request = may();
    request.tier = "gold";
    auto noRun = JourneyService(*ws).compute(request);
    ASSERT_TRUE(noRun.ok()) << noRun.error().message;
    EXPECT_EQ(noRun->customers, 0); // no scoring run: nobody has a tier yet
    request.tier = "Tin";
    auto bad = JourneyService(*ws).compute(request);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    request.tier.reset();
    request.segment = "sleepers";
    auto badSegment = JourneyService(*ws).compute(request);
    ASSERT_FALSE(badSegment.ok());
    EXPECT_NE(badSegment.error().message.find("Champions"), std::string::npos);
}

TEST_F(TestJourneyService, BehindACardAreItsInteractionsWithNamesMaskedForAnalysts) {
    auto ws = as("admin");
    const std::int64_t hotline =
        *ws->db().queryInt64("SELECT id FROM touchpoints WHERE name = 'Service hotline'");
    auto rows = JourneyService(*ws).behindCard(may(), hotline, 10);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 4u);
    EXPECT_EQ(rows->front().customerCode, "J1"); // newest first: 05-20
    exec(*ws, "UPDATE customers SET name = 'Zhang Wei' WHERE code = 'J1'");
    auto analyst = as("ana");
    auto masked = JourneyService(*analyst).behindCard(may(), hotline, 1);
    ASSERT_TRUE(masked.ok());
    ASSERT_EQ(masked->size(), 1u);
    EXPECT_EQ(masked->front().customerName, "Z. W.");
}

TEST_F(TestJourneyService, ACustomersJourneyEndsInTheStageOfTheLatestInteraction) {
    auto ws = as("admin");
    auto journey = JourneyService(*ws).customerJourney(ids.at("J3"));
    ASSERT_TRUE(journey.ok()) << journey.error().message;
    ASSERT_EQ(journey->points.size(), 3u);
    ASSERT_TRUE(journey->currentStage.has_value());
    EXPECT_EQ(journey->stages[static_cast<std::size_t>(*journey->currentStage)], "Referral");
    EXPECT_EQ(journey->points[1].touchpoint, "Onboarding");

    auto none = JourneyService(*ws).customerJourney(ids.at("J5"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->currentStage.has_value());

    auto am3 = as("am3");
    auto refused = JourneyService(*am3).customerJourney(ids.at("J3"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

} // namespace
