// Survey reliability and key drivers on responses built by hand: perfectly
// consistent items give alpha 1, contradicting items are flagged, an
// unanswered dimension is not shown as flagged; the dimension that moves
// NPS comes first among the drivers.

#include "domain/kpi/SurveyInsights.h"
#include "support/DayFixture.h"

#include <array>
#include <cmath>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestSurveyInsights : public test::DayFixture {
protected:
    // One response on 2026-05-10 with NPS `nps` and items {dimension, item, value}.
    void respond(domain::Workspace& ws, std::int64_t customerId, int nps,
                 const std::vector<std::array<int, 3>>& items) {
        const std::int32_t day = *Calendar::parseDay("2026-05-10");
        ASSERT_TRUE(ws.db().exec("INSERT INTO survey_responses (customer_id, day, nps) VALUES (" +
                                 std::to_string(customerId) + ", " + std::to_string(day) + ", " +
                                 std::to_string(nps) + ")"));
        const std::int64_t id = ws.db().lastInsertRowId();
        for (const auto& [d, i, v] : items)
            ASSERT_TRUE(ws.db().exec("INSERT INTO survey_answers VALUES (" + std::to_string(id) +
                                     ", " + std::to_string(d) + ", " + std::to_string(i) + ", " +
                                     std::to_string(v) + ")"));
    }

    KpiRequest may() {
        KpiRequest r;
        r.period = *KpiPeriod::parse("2026-05");
        return r;
    }
};

TEST_F(TestSurveyInsights, AlphaPerDimensionIsFlaggedUnderTheMinimumOnly) {
    auto ws = as("admin");
    const std::int64_t c = customer(*ws, "R1", "am1");
    // Dimension 1: three items that always agree. Dimension 2: two that contradict.
    const int contradicting[][2] = {{1, 7}, {7, 1}, {2, 6}, {6, 2}, {3, 3}, {5, 5}};
    for (int r = 0; r < 6; ++r)
        respond(*ws, c, 5,
                {{1, 1, r + 1},
                 {1, 2, r + 1},
                 {1, 3, r + 1},
                 {2, 1, contradicting[r][0]},
                 {2, 2, contradicting[r][1]}});
    auto rows = SurveyInsights(*ws).reliability(may());
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 5u);
    EXPECT_EQ((*rows)[0].key, "personalised");
    EXPECT_EQ((*rows)[0].items, 3);
    EXPECT_EQ((*rows)[0].respondents, 6);
    EXPECT_DOUBLE_EQ((*rows)[0].alpha, 1.0);
    EXPECT_FALSE((*rows)[0].flagged);
    EXPECT_LT((*rows)[1].alpha, 0.0); // items that pull apart: a negative alpha
    EXPECT_TRUE((*rows)[1].flagged);
    EXPECT_TRUE(std::isnan((*rows)[2].alpha) || (*rows)[2].items == 0);
    EXPECT_FALSE((*rows)[2].flagged);
}

TEST_F(TestSurveyInsights, TheDimensionThatMovesNpsLeadsTheDrivers) {
    auto ws = as("admin");
    const std::int64_t c = customer(*ws, "R1", "am1");
    // NPS follows "ease" (dimension 5) closely; "value" (4) varies on its own.
    const int ease[] = {1, 2, 3, 4, 5, 6, 7, 2, 4, 6, 3, 5};
    const int value[] = {4, 6, 2, 5, 3, 4, 6, 5, 2, 3, 6, 4};
    for (int r = 0; r < 12; ++r)
        respond(*ws, c, std::min(10, ease[r] + ease[r] / 2 + (r % 2)),
                {{5, 1, ease[r]}, {4, 1, value[r]}});
    auto drivers = SurveyInsights(*ws).drivers(may());
    ASSERT_TRUE(drivers.ok()) << drivers.error().message;
    EXPECT_EQ(drivers->respondents, 12);
    ASSERT_EQ(drivers->drivers.size(), 2u); // only the answered dimensions compete
    EXPECT_EQ(drivers->drivers[0].key, "ease");
    EXPECT_GT(drivers->drivers[0].importance, 0.8);
    EXPECT_NEAR(drivers->drivers[0].importance + drivers->drivers[1].importance, 1.0, 1e-12);
    EXPECT_NEAR(drivers->drivers[0].rawWeight + drivers->drivers[1].rawWeight, drivers->rSquared,
                1e-12);
    EXPECT_DOUBLE_EQ(drivers->drivers[0].performance, 48.0 / 12.0);
    EXPECT_FALSE(drivers->drivers[0].quadrant.empty());
    const std::string second = drivers->drivers[1].quadrant; // the less important one
    EXPECT_TRUE(second == "low_priority" || second == "possible_overkill") << second;
}

TEST_F(TestSurveyInsights, ASupervisorsInsightsCoverOnlyTheirTeam) {
    auto admin = as("admin");
    const std::int64_t foreign = customer(*admin, "R3", "am3");
    for (int r = 0; r < 6; ++r)
        respond(*admin, foreign, r, {{1, 1, r + 1}, {1, 2, r + 1}});
    auto rows = SurveyInsights(*as("sup")).reliability(may());
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ((*rows)[0].respondents, 0);
    auto drivers = SurveyInsights(*as("sup")).drivers(may());
    ASSERT_TRUE(drivers.ok());
    EXPECT_EQ(drivers->respondents, 0);
}

} // namespace
