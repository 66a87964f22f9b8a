#include "scoring/rfm/KMeans.h"

#include "scoring/SplitMix64.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

namespace {

Eigen::MatrixXd column(std::initializer_list<double> values) {
    Eigen::MatrixXd points(static_cast<Eigen::Index>(values.size()), 1);
    Eigen::Index i = 0;
    for (double v : values)
        points(i++, 0) = v;
    return points;
}

KMeansSettings settings(int k, std::uint64_t seed = 1) {
    KMeansSettings s;
    s.clusterCount = k;
    s.seed = seed;
    return s;
}

} // namespace

TEST(SplitMix64, ReferenceSequence) {
    SplitMix64 random(0);
    EXPECT_EQ(random.next(), 0xE220A8397B1DCDAFull);
    EXPECT_EQ(random.next(), 0x6E789E6AA1B965F4ull);
    EXPECT_EQ(random.next(), 0x06C45D188009454Full);
}

TEST(KMeans, SeparatesTwoGroupsByHand) {
    // {0, 0, 1} and {10, 11, 11}: centroids 1/3 and 32/3, whatever the seed.
    const Eigen::MatrixXd points = column({0, 0, 1, 10, 11, 11});
    for (std::uint64_t seed : {1ull, 2ull, 3ull, 99ull}) {
        const KMeansResult result = kmeans(points, Eigen::VectorXd::Ones(6), settings(2, seed));
        EXPECT_TRUE(result.converged);
        const int low = result.labels[0];
        EXPECT_EQ(result.labels,
                  (std::vector<std::int32_t>{low, low, low, 1 - low, 1 - low, 1 - low}));
        EXPECT_NEAR(result.centroids(low, 0), 1.0 / 3.0, 1e-15);
        EXPECT_NEAR(result.centroids(1 - low, 0), 32.0 / 3.0, 1e-15);
    }
}

TEST(KMeans, WeightsActLikeRepeatedPoints) {
    const KMeansResult repeated =
        kmeans(column({0, 0, 1, 10, 11, 11}), Eigen::VectorXd::Ones(6), settings(2, 5));
    Eigen::VectorXd weights(4);
    weights << 2, 1, 1, 2;
    const KMeansResult weighted = kmeans(column({0, 1, 10, 11}), weights, settings(2, 5));
    const int low = weighted.labels[0];
    EXPECT_NEAR(weighted.centroids(low, 0), 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(weighted.centroids(1 - low, 0), 32.0 / 3.0, 1e-15);
    EXPECT_EQ(repeated.iterations, weighted.iterations);
}

TEST(KMeans, SameSeedSameResult) {
    Eigen::MatrixXd points(200, 4);
    SplitMix64 random(42);
    for (Eigen::Index i = 0; i < points.size(); ++i)
        points.data()[i] = random.nextDouble();
    const Eigen::VectorXd weights = Eigen::VectorXd::Ones(200);
    const KMeansResult a = kmeans(points, weights, settings(4, 7));
    const KMeansResult b = kmeans(points, weights, settings(4, 7));
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.centroids, b.centroids);
    EXPECT_EQ(a.iterations, b.iterations);
    EXPECT_EQ(kmeansPlusPlusSeeds(points, weights, 4, 7),
              kmeansPlusPlusSeeds(points, weights, 4, 7));
    EXPECT_NE(kmeansPlusPlusSeeds(points, weights, 4, 7),
              kmeansPlusPlusSeeds(points, weights, 4, 8));
}

TEST(KMeans, SeedingPicksByCumulativeWeight) {
    // One draw u from SplitMix64(seed) picks the first centre: the point whose
    // cumulative weight first exceeds u * total.
    SplitMix64 random(11);
    const double u = random.nextDouble();
    Eigen::VectorXd weights(3);
    weights << 1, 1, 1;
    const Eigen::MatrixXd seeds = kmeansPlusPlusSeeds(column({0, 1, 2}), weights, 1, 11);
    EXPECT_EQ(seeds(0, 0), std::floor(u * 3.0));
}

TEST(KMeans, MoreClustersThanDistinctPointsLeavesSomeEmpty) {
    const KMeansResult result = kmeans(column({1, 1, 5}), Eigen::VectorXd::Ones(3), settings(3, 4));
    EXPECT_TRUE(result.converged);
    EXPECT_EQ(result.labels[0], result.labels[1]);
    EXPECT_NE(result.labels[0], result.labels[2]);
}

TEST(KMeans, StopsAtTheIterationLimitWithConsistentLabels) {
    Eigen::MatrixXd points(100, 2);
    SplitMix64 random(3);
    for (Eigen::Index i = 0; i < points.size(); ++i)
        points.data()[i] = random.nextDouble();
    KMeansSettings limited = settings(5, 3);
    limited.maxIterations = 1;
    const KMeansResult result = kmeans(points, Eigen::VectorXd::Ones(100), limited);
    EXPECT_EQ(result.iterations, 1);
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        for (Eigen::Index c = 0; c < 5; ++c)
            EXPECT_LE(squaredDistance(points, i, result.centroids, result.labels[std::size_t(i)]),
                      squaredDistance(points, i, result.centroids, c));
}
