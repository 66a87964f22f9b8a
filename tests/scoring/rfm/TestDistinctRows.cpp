#include "scoring/rfm/DistinctRows.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

TEST(DistinctRows, CollapsesIdenticalRowsWithCounts) {
    Eigen::VectorXd a(5), b(5);
    a << 1, 0, 1, 0, 1;
    b << 2, 5, 2, 5, 3;
    const DistinctRows rows = distinctRows({&a, &b});
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.rows.row(0), Eigen::RowVector2d(0, 5));
    EXPECT_EQ(rows.count, Eigen::Vector3d(2, 2, 1));
    EXPECT_EQ(rows.rowOf, (std::vector<std::int32_t>{1, 0, 1, 0, 2}));
}
