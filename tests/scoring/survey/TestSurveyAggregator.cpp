#include "scoring/survey/SurveyAggregator.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tessera::scoring;

namespace {

const DayWindow kWindow = DayWindow::ending(100, WindowSettings{false, 30});

} // namespace

TEST(SurveyAggregator, MeansOfItemsRescaledToUnitRange) {
    SurveyAnswerColumns answers;
    for (std::uint8_t k = 0; k < 5; ++k)
        answers.add(0, 90, k, 1.0 + k); // 1..5 -> (q - 1) / 6
    answers.add(0, 95, 0, 7.0);         // a second item on dimension 1: mean (1 + 7) / 2 = 4
    answers.add(0, 60, 1, 7.0);         // outside the window
    RecommendAnswerColumns recommend;
    recommend.add(0, 91, 8.0);
    recommend.add(0, 99, 9.0);
    recommend.add(0, 50, 0.0); // outside
    const auto values = aggregateSurveys(answers, recommend, 2, kWindow, 7);
    ASSERT_TRUE(values.ok());
    EXPECT_DOUBLE_EQ(values->q(0, 0), 0.5);
    EXPECT_DOUBLE_EQ(values->q(0, 1), 1.0 / 6.0);
    EXPECT_DOUBLE_EQ(values->q(0, 4), 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(values->y[0], 0.85);
    EXPECT_TRUE(values->hasCompleteQ(0));
}

TEST(SurveyAggregator, MissingAnswersAreNaN) {
    SurveyAnswerColumns answers;
    answers.add(1, 95, 2, 4.0);
    const auto values = aggregateSurveys(answers, {}, 2, kWindow, 7);
    ASSERT_TRUE(values.ok());
    EXPECT_TRUE(std::isnan(values->q(0, 0)));
    EXPECT_DOUBLE_EQ(values->q(1, 2), 0.5);
    EXPECT_TRUE(std::isnan(values->q(1, 0)));
    EXPECT_FALSE(values->hasCompleteQ(1));
    EXPECT_TRUE(std::isnan(values->y[1]));
}

TEST(SurveyAggregator, RejectsAnswersOffTheScale) {
    SurveyAnswerColumns answers;
    answers.add(0, 95, 0, 8.0);
    const auto offScale = aggregateSurveys(answers, {}, 1, kWindow, 7);
    ASSERT_FALSE(offScale.ok());
    EXPECT_NE(offScale.error().message.find("outside 1..7"), std::string::npos);

    SurveyAnswerColumns badDimension;
    badDimension.add(0, 95, 5, 3.0);
    EXPECT_FALSE(aggregateSurveys(badDimension, {}, 1, kWindow, 7).ok());

    RecommendAnswerColumns recommend;
    recommend.add(0, 95, 11.0);
    EXPECT_FALSE(aggregateSurveys({}, recommend, 1, kWindow, 7).ok());
}
