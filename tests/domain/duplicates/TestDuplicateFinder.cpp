#include "domain/duplicates/DuplicateFinder.h"
#include "support/DuplicateTestData.h"
#include "support/TestSupport.h"

#include <atomic>
#include <gtest/gtest.h>
#include <set>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestDuplicateFinder : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("duplicates.tessera");
        test::makeStandardDatabase(path);
        auto admin = test::openAs(path, "admin");
        test::plantDuplicates(*admin);
    }

    // "P1/P2" for each pair found.
    std::set<std::string> pairsAs(const std::string& user) {
        auto ws = test::openAs(path, user);
        auto list = DuplicateFinder(*ws).find();
        EXPECT_TRUE(list.ok()) << list.error().message;
        std::set<std::string> pairs;
        for (const DuplicatePair& p : list->pairs)
            pairs.insert(p.first.code + "/" + p.second.code);
        return pairs;
    }

    test::TempDir dir;
    std::string path;
};

} // namespace

TEST_F(TestDuplicateFinder, FindsThePlantedPairsAndNoNearMiss) {
    EXPECT_EQ(pairsAs("admin"), (std::set<std::string>{"P1/P2", "E1/E2", "C1/C2", "I1/I2"}));
}

TEST_F(TestDuplicateFinder, ScoresAndReasonsFollowTheEvidence) {
    auto ws = test::openAs(path, "admin");
    auto list = DuplicateFinder(*ws).find().value();
    ASSERT_EQ(list.total, 4);
    ASSERT_EQ(list.pairs.size(), 4u);
    // Best first: ID (0.95), email and name (1 - 0.2 × 0.65 = 0.87), phone (0.8), company name
    // (0.6).
    EXPECT_EQ(list.pairs[0].first.code, "I1");
    EXPECT_NEAR(list.pairs[0].score, 0.95, 1e-9);
    EXPECT_EQ(list.pairs[0].reasons, std::vector{DuplicateReason::SameIdNumber});
    EXPECT_EQ(list.pairs[1].first.code, "E1");
    EXPECT_NEAR(list.pairs[1].score, 0.87, 1e-9);
    EXPECT_EQ(list.pairs[1].reasons,
              (std::vector{DuplicateReason::SameEmail, DuplicateReason::SameName}));
    EXPECT_EQ(list.pairs[2].first.code, "P1");
    EXPECT_EQ(list.pairs[2].reasons, std::vector{DuplicateReason::SamePhone});
    EXPECT_EQ(list.pairs[3].first.code, "C1");
    EXPECT_NEAR(list.pairs[3].score, 0.6, 1e-9);
    EXPECT_EQ(list.pairs[3].first.name, "北京星辰科技有限公司");
    EXPECT_FALSE(list.masked);

    auto strict = DuplicateFinder(*ws).find({0.9, std::nullopt}).value();
    EXPECT_EQ(strict.total, 1);
    auto limited = DuplicateFinder(*ws).find({0.0, 2}).value();
    EXPECT_EQ(limited.pairs.size(), 2u);
    // Below the threshold: the person names alone (Wang Fang) now show.
    EXPECT_EQ(limited.total, 5);
}

TEST_F(TestDuplicateFinder, ScopedLikeThePortfolio) {
    // sup's team is am1 and am2: the company pair reaches into sup2's team.
    EXPECT_EQ(pairsAs("sup"), (std::set<std::string>{"P1/P2", "E1/E2", "I1/I2"}));
    EXPECT_TRUE(pairsAs("sup2").empty());
    EXPECT_EQ(pairsAs("ana").size(), 4u);
    auto manager = test::openAs(path, "am1");
    auto refused = DuplicateFinder(*manager).find();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

TEST_F(TestDuplicateFinder, AnalystsSeePeopleAsInitials) {
    auto ws = test::openAs(path, "ana");
    auto list = DuplicateFinder(*ws).find().value();
    EXPECT_TRUE(list.masked);
    for (const DuplicatePair& p : list.pairs)
        for (const DuplicateSide* side : {&p.first, &p.second}) {
            if (side->kind == "person") {
                EXPECT_EQ(side->name.find("Li Na"), std::string::npos);
            }
            if (side->code == "C1") {
                EXPECT_EQ(side->name, "北京星辰科技有限公司");
            }
        }
}

TEST_F(TestDuplicateFinder, PairsWithNewCustomersOnly) {
    auto ws = test::openAs(path, "admin");
    const std::int64_t firstNew =
        ws->db().queryInt64("SELECT id FROM customers WHERE code = 'E2'").value();
    auto pairs = DuplicateFinder(*ws).pairsWithNew(firstNew).value();
    std::set<std::string> codes;
    for (const DuplicatePair& p : pairs)
        codes.insert(p.first.code + "/" + p.second.code);
    // P1/P2 predate E2; the pairs that hold E2 or a later customer remain.
    EXPECT_EQ(codes, (std::set<std::string>{"E1/E2", "C1/C2", "I1/I2"}));
}

TEST_F(TestDuplicateFinder, ReportsProgressAndStopsWhenCancelled) {
    auto ws = test::openAs(path, "admin");
    std::atomic_bool cancel = false;
    std::vector<int> progress;
    const JobControl job(
        [&](int percent, const std::string&) {
            progress.push_back(percent);
            if (progress.size() == 2)
                cancel = true; // the user presses Cancel during the second step
        },
        &cancel);
    auto list = DuplicateFinder(*ws).find({}, job);
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(progress, (std::vector{0, 20}));

    std::vector<int> uncancelled;
    const std::atomic_bool never = false;
    auto whole = DuplicateFinder(*ws).find(
        {}, JobControl([&](int percent, const std::string&) { uncancelled.push_back(percent); },
                       &never));
    ASSERT_TRUE(whole.ok()) << whole.error().message;
    EXPECT_EQ(uncancelled, (std::vector{0, 20, 40, 60}));
    EXPECT_EQ(whole->total, 4);
}
