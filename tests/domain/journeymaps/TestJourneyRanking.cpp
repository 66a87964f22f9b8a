// The top three improvement priorities (docs/journeys.md): the highest
// priority first; ties go to the lower satisfaction, then the larger volume,
// then journey order; a touchpoint without responses has no priority and is
// never ranked, however large its volume.

#include "domain/journeymaps/JourneyMetrics.h"

#include <gtest/gtest.h>

using namespace tessera::domain;

namespace {

TouchpointFigures touchpoint(const std::string& name, std::int64_t volume,
                             std::optional<double> satisfaction, double share) {
    TouchpointFigures t;
    t.name = name;
    t.volume = volume;
    t.volumeShare = share;
    t.satisfaction = satisfaction;
    if (satisfaction) {
        t.normalisedSatisfaction = (*satisfaction - 1.0) / 4.0;
        t.priority = (1.0 - *t.normalisedSatisfaction) * share;
    }
    return t;
}

std::map<std::string, int> ranks(JourneyMap& map) {
    rankPriorities(map);
    std::map<std::string, int> out;
    for (const auto& s : map.stages)
        for (const auto& t : s.touchpoints)
            if (t.rank)
                out[t.name] = *t.rank;
    return out;
}

TEST(TestJourneyRanking, TheThreeHighestPrioritiesAreRankedInOrder) {
    JourneyMap map;
    map.stages.push_back(
        {1, "A", 1, false, 0, {touchpoint("a1", 10, 4.0, 0.1), touchpoint("a2", 30, 2.0, 0.3)}});
    map.stages.push_back(
        {2, "B", 2, false, 0, {touchpoint("b1", 20, 3.0, 0.2), touchpoint("b2", 40, 4.6, 0.4)}});
    // Priorities: a1 0.025, a2 0.225, b1 0.1, b2 0.04.
    EXPECT_EQ(ranks(map), (std::map<std::string, int>{{"a2", 1}, {"b1", 2}, {"b2", 3}}));
}

TEST(TestJourneyRanking, UnknownSatisfactionIsNeverRankedEvenWithTheLargestVolume) {
    JourneyMap map;
    map.stages.push_back(
        {1,
         "A",
         1,
         false,
         0,
         {touchpoint("huge", 900, std::nullopt, 0.9), touchpoint("small", 10, 1.0, 0.01)}});
    EXPECT_EQ(ranks(map), (std::map<std::string, int>{{"small", 1}}));
}

TEST(TestJourneyRanking, TiesGoToLowerSatisfactionThenVolumeThenJourneyOrder) {
    JourneyMap map;
    // Equal priority 0.1: (1 - 0.5) x 0.2 and (1 - 0.75) x 0.4.
    map.stages.push_back(
        {1,
         "A",
         1,
         false,
         0,
         {touchpoint("satisfied", 40, 4.0, 0.4), touchpoint("unhappy", 20, 3.0, 0.2)}});
    // Equal priority and satisfaction: the larger volume first.
    map.stages.push_back({2,
                          "B",
                          2,
                          false,
                          0,
                          {touchpoint("small", 5, 1.0, 0.05), touchpoint("large", 6, 1.0, 0.05)}});
    EXPECT_EQ(ranks(map),
              (std::map<std::string, int>{{"unhappy", 1}, {"satisfied", 2}, {"large", 3}}));

    // Nothing to tell them apart: journey order.
    JourneyMap same;
    same.stages.push_back({1,
                           "A",
                           1,
                           false,
                           0,
                           {touchpoint("first", 5, 2.0, 0.1), touchpoint("second", 5, 2.0, 0.1),
                            touchpoint("third", 5, 2.0, 0.1), touchpoint("fourth", 5, 2.0, 0.1)}});
    EXPECT_EQ(ranks(same), (std::map<std::string, int>{{"first", 1}, {"second", 2}, {"third", 3}}));
}

TEST(TestJourneyRanking, FewerThanThreeCandidatesRankOnlyThose) {
    JourneyMap map;
    map.stages.push_back({1, "A", 1, false, 0, {touchpoint("only", 5, 2.0, 1.0)}});
    EXPECT_EQ(ranks(map), (std::map<std::string, int>{{"only", 1}}));
    JourneyMap empty;
    EXPECT_TRUE(ranks(empty).empty());
}

TEST(TestJourneyRanking, RetiredTouchpointsStayOnTheMapOnlyWhileTheyHaveFigures) {
    JourneyInputs in;
    in.stages = {{1, "A", 1, std::nullopt}, {2, "Old", 2, 5}};
    in.touchpoints = {{10, 1, "kept", "", 1, std::nullopt},
                      {11, 1, "gone", "", 2, 5},
                      {12, 1, "retired but used", "", 3, 5},
                      {20, 2, "old", "", 1, std::nullopt}};
    in.population.flags = {0, 1, 1};
    in.population.size = 2;
    in.interactions = {{1, 100, 1, 12, false}, {2, 200, 2, 10, false}};
    const JourneyMap map = computeJourneyMap(in);
    ASSERT_EQ(map.stages.size(), 1u); // the retired stage had nothing in the period
    ASSERT_EQ(map.stages[0].touchpoints.size(), 2u);
    EXPECT_EQ(map.stages[0].touchpoints[1].name, "retired but used");
    EXPECT_TRUE(map.stages[0].touchpoints[1].retired);
    EXPECT_TRUE(map.dropOffs.empty()); // no stage in use after A
}

} // namespace
