#include "scoring/rfm/Nnls.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

TEST(Nnls, ActiveConstraintByHand) {
    // min (x1-2)^2 + (x2+1)^2 + (x1+x2-1)^2: unconstrained (2, -1); with
    // x2 >= 0 the optimum is x2 = 0, x1 = 1.5.
    Eigen::MatrixXd a(3, 2);
    a << 1, 0, 0, 1, 1, 1;
    Eigen::VectorXd b(3);
    b << 2, -1, 1;
    const NnlsResult result = nnls(a, b);
    EXPECT_TRUE(result.converged);
    EXPECT_NEAR(result.x[0], 1.5, 1e-12);
    EXPECT_EQ(result.x[1], 0.0);
}

TEST(Nnls, RecoversAPositiveSolution) {
    Eigen::MatrixXd a(6, 3);
    a << 1, 2, 0, 0, 1, 1, 3, 0, 1, 1, 1, 1, 2, 0, 5, 0, 4, 1;
    const Eigen::Vector3d truth(0.5, 1.25, 2.0);
    const NnlsResult result = nnls(a, a * truth);
    EXPECT_TRUE(result.converged);
    EXPECT_TRUE(result.x.isApprox(truth, 1e-12));
}

TEST(Nnls, MatchesScipyOnAMixedProblem) {
    // scipy.optimize.nnls gives x = (0, 19/41, 12/41).
    Eigen::MatrixXd a(4, 3);
    a << 1, 2, 1, 2, 1, 0, 1, 1, 2, 0, 3, 1;
    Eigen::VectorXd b(4);
    b << 1, 0, 1, 2;
    const NnlsResult result = nnls(a, b);
    EXPECT_NEAR(result.x[0], 0.0, 1e-12);
    EXPECT_NEAR(result.x[1], 19.0 / 41.0, 1e-12);
    EXPECT_NEAR(result.x[2], 12.0 / 41.0, 1e-12);
}

TEST(Nnls, AllZeroWhenEveryColumnPointsAway) {
    Eigen::MatrixXd a(3, 2);
    a << 1, 2, 2, 1, 1, 1;
    const Eigen::VectorXd b = -a * Eigen::Vector2d(1.0, 1.0);
    const NnlsResult result = nnls(a, b);
    EXPECT_TRUE(result.converged);
    EXPECT_TRUE(result.x.isZero());
}

TEST(Nnls, NormalEquationsGiveTheSameAnswer) {
    Eigen::MatrixXd a(3, 2);
    a << 1, 0, 0, 1, 1, 1;
    Eigen::VectorXd b(3);
    b << 2, -1, 1;
    const NnlsResult direct = nnls(a, b);
    const NnlsResult normal = nnlsNormalEquations(a.transpose() * a, a.transpose() * b);
    EXPECT_TRUE(direct.x.isApprox(normal.x));
}
