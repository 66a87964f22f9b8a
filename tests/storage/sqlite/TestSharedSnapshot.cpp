#include "storage/sqlite/SharedSnapshot.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

std::unique_ptr<Database> createDatabase(const std::string& path) {
    OpenOptions options;
    options.create = true;
    auto db = Database::open(path, options);
    EXPECT_TRUE(db.ok()) << db.error().message;
    return db.ok() ? std::move(*db) : nullptr;
}

// A table of the test's own: what is in it does not matter, only how many rows.
const char* const kCountRows = "SELECT count(*) FROM probe";
const char* const kAddRow = "INSERT INTO probe (x) VALUES (1)";

} // namespace

TEST(TestSharedSnapshot, BothConnectionsSeeTheSameDataAndNoLaterCommit) {
    test::TempDir dir;
    const std::string path = dir.path("shared.tessera");
    auto main = createDatabase(path);
    ASSERT_TRUE(main);
    ASSERT_TRUE(main->exec("CREATE TABLE probe (x INTEGER)").ok());
    auto writer = Database::open(path);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    ASSERT_TRUE((*writer)->exec(kAddRow).ok());
    const std::int64_t before = *(*writer)->queryInt64(kCountRows);
    {
        auto shared = SharedSnapshot::begin(*main);
        ASSERT_TRUE(shared.ok()) << shared.error().message;
        // A commit after the snapshot began is seen by neither connection.
        ASSERT_TRUE((*writer)->exec(kAddRow).ok());
        EXPECT_EQ(*main->queryInt64(kCountRows), before);
        EXPECT_EQ(*(*shared)->second().queryInt64(kCountRows), before);
    }
    // Once it ends, the main connection reads the newest data again.
    EXPECT_EQ(*main->queryInt64(kCountRows), before + 1);
}

TEST(TestSharedSnapshot, RefusedWhileAWriterHoldsTheLockAndTheMainConnectionIsLeftFree) {
    test::TempDir dir;
    const std::string path = dir.path("busy.tessera");
    auto main = createDatabase(path);
    ASSERT_TRUE(main);
    auto writer = Database::open(path);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    ASSERT_TRUE((*writer)->exec("BEGIN IMMEDIATE").ok());
    EXPECT_FALSE(SharedSnapshot::begin(*main).ok());
    ASSERT_TRUE((*writer)->exec("ROLLBACK").ok());
    // Not left in a transaction: a new one can begin.
    EXPECT_TRUE(main->exec("BEGIN").ok());
    EXPECT_TRUE(main->exec("ROLLBACK").ok());
}
