#include "storage/sqlite/BulkLoadMode.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

std::unique_ptr<Database> openDatabase(const test::TempDir& dir) {
    OpenOptions options;
    options.create = true;
    return std::move(Database::open(dir.path("bulk.tessera"), options).value());
}

} // namespace

TEST(TestBulkLoadMode, ChangesTheSettingsForTheLoadAndPutsThemBack) {
    test::TempDir dir;
    auto db = openDatabase(dir);
    const std::int64_t cache = db->queryInt64("PRAGMA cache_size").value();
    {
        BulkLoadMode::Options options;
        options.cacheMebibytes = 256;
        options.referencesCheckedByCaller = true;
        auto mode = BulkLoadMode::enter(*db, options);
        ASSERT_TRUE(mode.ok()) << mode.error().message;
        EXPECT_EQ(db->queryInt64("PRAGMA cache_size").value(), -256 * 1024);
        EXPECT_EQ(db->queryInt64("PRAGMA temp_store").value(), 2); // memory
        EXPECT_EQ(db->queryInt64("PRAGMA foreign_keys").value(), 0);
    }
    EXPECT_EQ(db->queryInt64("PRAGMA cache_size").value(), cache);
    EXPECT_EQ(db->queryInt64("PRAGMA temp_store").value(), 0);
    EXPECT_EQ(db->queryInt64("PRAGMA foreign_keys").value(), 1);
}

TEST(TestBulkLoadMode, KeepsForeignKeysUnlessTheCallerChecksReferences) {
    test::TempDir dir;
    auto db = openDatabase(dir);
    auto mode = BulkLoadMode::enter(*db, {});
    ASSERT_TRUE(mode.ok());
    EXPECT_EQ(db->queryInt64("PRAGMA foreign_keys").value(), 1);
    // A transaction for a customer that does not exist is still refused.
    EXPECT_FALSE(db->exec("INSERT INTO transactions (customer_id, day, id, amount_cents) "
                          "VALUES (999, 1, 1, 100)")
                     .ok());
}
