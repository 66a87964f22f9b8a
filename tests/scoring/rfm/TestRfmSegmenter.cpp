#include "scoring/rfm/RfmSegmenter.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

TEST(RfmSegmenter, StandardTableCoversEveryCell) {
    EXPECT_TRUE(checkRfmSegmentTable(RfmSegmentTable::standard()).empty());
}

TEST(RfmSegmenter, StandardTableNamesTheGrid) {
    const auto segmenter = RfmSegmenter::create(RfmSegmentTable::standard());
    ASSERT_TRUE(segmenter.ok());
    struct Case {
        int r, f, m;
        RfmSegment expected;
    };
    const Case cases[] = {
        {5, 5, 4, RfmSegment::Champions},
        {5, 1, 1, RfmSegment::New},
        {5, 2, 1, RfmSegment::New},
        {5, 2, 2, RfmSegment::PotentialLoyalist},
        {4, 1, 2, RfmSegment::Promising},
        {4, 4, 4, RfmSegment::Loyal},
        {4, 3, 4, RfmSegment::PotentialLoyalist},
        {3, 4, 5, RfmSegment::Loyal},
        {3, 3, 3, RfmSegment::NeedAttention},
        {3, 2, 3, RfmSegment::AboutToSleep},
        {2, 5, 5, RfmSegment::CantLose},
        {1, 4, 5, RfmSegment::CantLose},
        {2, 3, 5, RfmSegment::AtRisk},
        {1, 3, 3, RfmSegment::AtRisk},
        {2, 1, 1, RfmSegment::Hibernating},
        {1, 2, 3, RfmSegment::Lost},
        {1, 1, 1, RfmSegment::Lost},
    };
    for (const Case& c : cases)
        EXPECT_EQ(segmenter->segmentOf(c.r, c.f, c.m), c.expected)
            << c.r << "-" << c.f << "-" << c.m << " gave "
            << rfmSegmentName(segmenter->segmentOf(c.r, c.f, c.m));
}

TEST(RfmSegmenter, FirstMatchingRuleWins) {
    RfmSegmentTable table = RfmSegmentTable::standard();
    table.rules.insert(table.rules.begin(), {RfmSegment::AtRisk, 5, 5, 5.0, 5.0});
    const auto segmenter = RfmSegmenter::create(table);
    ASSERT_TRUE(segmenter.ok());
    EXPECT_EQ(segmenter->segmentOf(5, 5, 5), RfmSegment::AtRisk);
    EXPECT_EQ(segmenter->segmentOf(5, 5, 4), RfmSegment::Champions);
}

TEST(RfmSegmenter, RefusesATableWithAHole) {
    RfmSegmentTable table = RfmSegmentTable::standard();
    table.rules.pop_back(); // Lost: R 1 with F/M mean up to 2.5
    const auto problems = checkRfmSegmentTable(table);
    EXPECT_EQ(problems.size(), 4u); // F/M mean 1.0, 1.5, 2.0, 2.5 at R 1
    EXPECT_NE(problems.front().find("R score 1"), std::string::npos);
    EXPECT_FALSE(RfmSegmenter::create(table).ok());
}
