#include "scoring/rfm/ScoreClusterer.h"

#include <gtest/gtest.h>

using namespace tessera::scoring;

TEST(ScoreClusterer, CustomersWithEqualScoresShareACluster) {
    RfmsScores scores;
    const std::array<std::uint8_t, 4> profiles[] = {{5, 5, 5, 5}, {1, 1, 1, 1}, {5, 4, 5, 5},
                                                    {1, 2, 1, 1}, {5, 5, 5, 5}, {1, 1, 1, 1}};
    for (const auto& p : profiles)
        for (std::size_t d = 0; d < 4; ++d)
            scores.scores[d].push_back(p[d]);
    KMeansSettings settings;
    settings.clusterCount = 2;
    const ScoreClustering result = clusterScores(scores, settings);
    const auto& cluster = result.cluster;
    EXPECT_EQ(cluster[0], cluster[4]);
    EXPECT_EQ(cluster[0], cluster[2]);
    EXPECT_EQ(cluster[1], cluster[3]);
    EXPECT_NE(cluster[0], cluster[1]);
    EXPECT_EQ(result.clusterSizes[static_cast<std::size_t>(cluster[0])], 3);
    // The high cluster's centroid, back in score units: (5, 14/3, 5, 5).
    const Eigen::RowVectorXd centre = result.centroidInScores(cluster[0]);
    EXPECT_NEAR(centre[1], 14.0 / 3.0, 1e-12);
    EXPECT_NEAR(centre[0], 5.0, 1e-12);
}
