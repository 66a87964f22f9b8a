#include "storage/activity/FollowUpRepository.h"
#include "storage/warnings/WarningRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

class TestFollowUpRepository : public ::testing::Test {
protected:
    void SetUp() override {
        OpenOptions options;
        options.create = true;
        auto opened = Database::open(dir.path("followups.tessera"), options);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        db = std::move(*opened);
        ASSERT_TRUE(db->exec("INSERT INTO customers (id, code, name, created_at, updated_at) "
                             "VALUES (7, 'F-7', 'Follow Co', 0, 0)")
                        .ok());
    }

    std::int64_t overdueOn(std::int32_t day) {
        auto overdue = collectFacts<OverdueFollowUpFact>([&](const auto& sink) {
            return WarningRepository(*db).overdueFollowUps(day, std::nullopt, sink);
        });
        EXPECT_TRUE(overdue.ok());
        return overdue.ok() ? static_cast<std::int64_t>(overdue->size()) : -1;
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(TestFollowUpRepository, AnOpenFollowUpIsOverdueAfterItsDayUntilMarkedDone) {
    FollowUpRepository repo(*db);
    auto id =
        repo.insert({0, 7, std::nullopt, 20000, std::nullopt, "Call about the renewal", {}, {}});
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(overdueOn(20000), 0);
    EXPECT_EQ(overdueOn(20001), 1);
    auto overdue = collectFacts<OverdueFollowUpFact>([&](const auto& sink) {
                       return WarningRepository(*db).overdueFollowUps(20001, std::nullopt, sink);
                   }).value();
    EXPECT_EQ(overdue[0].followUpId, *id);
    EXPECT_EQ(overdue[0].customer.code, "F-7");
    EXPECT_EQ(overdue[0].note, "Call about the renewal");
    ASSERT_TRUE(repo.markDone(*id, 1000).ok());
    EXPECT_EQ(overdueOn(20001), 0);
}

TEST_F(TestFollowUpRepository, MarkingAMissingFollowUpDoneIsNotFound) {
    auto missing = FollowUpRepository(*db).markDone(42, 1000);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(TestFollowUpRepository, AnOwnerScopeLeavesOtherOwnersFollowUpsOut) {
    ASSERT_TRUE(
        FollowUpRepository(*db).insert({0, 7, std::nullopt, 100, std::nullopt, "", {}, {}}).ok());
    auto none = collectFacts<OverdueFollowUpFact>([&](const auto& sink) {
        return WarningRepository(*db).overdueFollowUps(200, std::vector<std::int64_t>{}, sink);
    });
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty()); // the customer has no owner, so no account manager sees it
}
