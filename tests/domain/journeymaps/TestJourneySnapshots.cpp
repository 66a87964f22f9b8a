// Journey snapshots: a map saved under a name reads back with the same
// figures and paths, names are unique, two snapshots compare touchpoint by
// touchpoint, and a user sees the snapshots they may see.

#include "domain/journeymaps/JourneySnapshots.h"
#include "journeymaps/JourneyExample.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestJourneySnapshots : public test::JourneyExample {};

TEST_F(TestJourneySnapshots, ASavedMapReadsBackWithTheSameFigures) {
    auto ws = as("admin");
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok()) << map.error().message;
    ASSERT_TRUE(JourneySnapshots(*ws).save(*map, "May").ok());
    auto loaded = JourneySnapshots(*ws).load("May");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->period, "2026-05");
    EXPECT_EQ(loaded->customers, 6);
    ASSERT_EQ(loaded->stages.size(), map->stages.size());
    for (std::size_t s = 0; s < map->stages.size(); ++s) {
        ASSERT_EQ(loaded->stages[s].touchpoints.size(), map->stages[s].touchpoints.size());
        for (std::size_t i = 0; i < map->stages[s].touchpoints.size(); ++i) {
            const auto& a = map->stages[s].touchpoints[i];
            const auto& b = loaded->stages[s].touchpoints[i];
            EXPECT_EQ(a.name, b.name);
            EXPECT_EQ(a.volume, b.volume);
            EXPECT_EQ(a.volumeShare, b.volumeShare);
            EXPECT_EQ(a.reach, b.reach);
            EXPECT_EQ(a.satisfaction, b.satisfaction);
            EXPECT_EQ(a.nps, b.nps);
            EXPECT_EQ(a.complaints, b.complaints);
            EXPECT_EQ(a.complaintRate, b.complaintRate);
            EXPECT_EQ(a.firstResponseHours, b.firstResponseHours);
            EXPECT_EQ(a.priority, b.priority);
            EXPECT_EQ(a.rank, b.rank);
        }
    }
    ASSERT_EQ(loaded->paths.size(), map->paths.size());
    for (std::size_t i = 0; i < map->paths.size(); ++i) {
        EXPECT_EQ(loaded->paths[i].stages, map->paths[i].stages);
        EXPECT_DOUBLE_EQ(loaded->paths[i].churnShare(), map->paths[i].churnShare());
    }
}

TEST_F(TestJourneySnapshots, ANameIsUsedOnceAndAnEmptyNameIsRefused) {
    auto ws = as("admin");
    auto map = JourneyService(*ws).compute(may());
    ASSERT_TRUE(map.ok());
    ASSERT_TRUE(JourneySnapshots(*ws).save(*map, "May").ok());
    const std::int64_t rows = count(*ws, "SELECT COUNT(*) FROM journey_snapshot_touchpoints");
    auto twice = JourneySnapshots(*ws).save(*map, " May ");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(JourneySnapshots(*ws).save(*map, "  ").ok());
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM journey_snapshot_touchpoints"), rows);
    EXPECT_EQ(count(*ws, "SELECT COUNT(*) FROM journey_snapshots"), 1);
}

TEST_F(TestJourneySnapshots, TwoSnapshotsCompareTouchpointByTouchpoint) {
    auto ws = as("admin");
    auto april = JourneyService(*ws).compute([] {
        JourneyRequest r;
        r.period = *KpiPeriod::parse("2026-04");
        return r;
    }());
    ASSERT_TRUE(april.ok());
    ASSERT_TRUE(JourneySnapshots(*ws).save(*april, "April").ok());
    auto may = JourneyService(*ws).compute(this->may());
    ASSERT_TRUE(may.ok());
    ASSERT_TRUE(JourneySnapshots(*ws).save(*may, "May").ok());
    auto comparison = JourneySnapshots(*ws).compare("April", "May");
    ASSERT_TRUE(comparison.ok()) << comparison.error().message;
    EXPECT_EQ(comparison->before.name, "April");
    EXPECT_EQ(comparison->after.name, "May");
    ASSERT_EQ(comparison->touchpoints.size(), 15u);
    const auto& advertising = comparison->touchpoints.front();
    EXPECT_EQ(advertising.touchpoint, "Advertising");
    EXPECT_EQ(advertising.before->volume, 1);
    EXPECT_EQ(advertising.after->volume, 2);
    EXPECT_FALSE(advertising.before->satisfaction.has_value());
    EXPECT_DOUBLE_EQ(*advertising.after->satisfaction, 4.0);

    auto missing = JourneySnapshots(*ws).compare("April", "June");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(TestJourneySnapshots, AccountManagersSeeTheirOwnSnapshotsAnalystsEveryone) {
    auto admin = as("admin");
    auto all = JourneyService(*admin).compute(may());
    ASSERT_TRUE(JourneySnapshots(*admin).save(*all, "Everyone").ok());
    auto am = as("am1");
    auto mine = JourneyService(*am).compute(may());
    ASSERT_TRUE(JourneySnapshots(*am).save(*mine, "Mine").ok());

    auto list = JourneySnapshots(*am).list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().name, "Mine");
    EXPECT_EQ(JourneySnapshots(*am).load("Everyone").error().code, ErrorCode::NotFound);
    auto analyst = as("ana");
    EXPECT_EQ(JourneySnapshots(*analyst).list()->size(), 2u);
}

} // namespace
