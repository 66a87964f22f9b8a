#include "domain/duplicates/DuplicateScoring.h"

#include <gtest/gtest.h>

using namespace tessera::domain;

TEST(TestDuplicateScoring, CombinesEvidenceAsIndependent) {
    using R = DuplicateReason;
    EXPECT_NEAR(DuplicateScoring::score({R::SamePhone}, false), 0.8, 1e-12);
    EXPECT_NEAR(DuplicateScoring::score({R::SamePhone, R::SameEmail}, false), 0.96, 1e-12);
    EXPECT_NEAR(DuplicateScoring::score({R::SamePhone, R::SamePhone}, false), 0.8, 1e-12);
    EXPECT_LT(DuplicateScoring::score({R::SameName}, false), DuplicateScoring::kDefaultThreshold);
    EXPECT_GE(DuplicateScoring::score({R::SameName}, true), DuplicateScoring::kDefaultThreshold);
    EXPECT_EQ(DuplicateScoring::score({}, true), 0.0);
}
