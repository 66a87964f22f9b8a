#include "scoring/survey/CronbachAlpha.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using tessera::scoring::cronbachAlpha;

TEST(CronbachAlpha, ParallelItemsGiveOne) {
    // Item variances 1 each, totals 6, 9, 12 with variance 9: 3/2 (1 - 3/9) = 1.
    Eigen::MatrixXd items(3, 3);
    items << 1, 2, 3, 2, 3, 4, 3, 4, 5;
    EXPECT_NEAR(cronbachAlpha(items), 1.0, 1e-15);
}

TEST(CronbachAlpha, ByHand) {
    // Item variances 1 and 1; totals 2, 5, 5 have variance 3: 2 (1 - 2/3) = 2/3.
    Eigen::MatrixXd items(3, 2);
    items << 1, 1, 2, 3, 3, 2;
    EXPECT_NEAR(cronbachAlpha(items), 2.0 / 3.0, 1e-15);
}

TEST(CronbachAlpha, RespondentsWithAMissingItemAreLeftOut) {
    Eigen::MatrixXd items(4, 2);
    items << 1, 1, 2, 3, 9, std::numeric_limits<double>::quiet_NaN(), 3, 2;
    EXPECT_NEAR(cronbachAlpha(items), 2.0 / 3.0, 1e-15);
}

TEST(CronbachAlpha, UndefinedCasesAreNaN) {
    Eigen::MatrixXd oneItem(3, 1);
    oneItem << 1, 2, 3;
    EXPECT_TRUE(std::isnan(cronbachAlpha(oneItem)));
    Eigen::MatrixXd oneRespondent(1, 3);
    oneRespondent << 1, 2, 3;
    EXPECT_TRUE(std::isnan(cronbachAlpha(oneRespondent)));
    Eigen::MatrixXd constantTotal(2, 2);
    constantTotal << 1, 2, 2, 1;
    EXPECT_TRUE(std::isnan(cronbachAlpha(constantTotal)));
}
