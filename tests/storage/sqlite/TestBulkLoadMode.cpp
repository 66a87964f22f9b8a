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

namespace {

std::string journalMode(Database& db) {
    auto mode = db.prepare("PRAGMA journal_mode").value();
    EXPECT_TRUE(mode.step().value());
    return mode.text(0);
}

} // namespace

TEST(TestBulkLoadMode, WritesANewFileThroughARollbackJournalAndGoesBackToTheWal) {
    test::TempDir dir;
    auto db = openDatabase(dir);
    ASSERT_EQ(journalMode(*db), "wal");
    {
        BulkLoadMode::Options options;
        options.rollbackJournal = true;
        auto mode = BulkLoadMode::enter(*db, options);
        ASSERT_TRUE(mode.ok()) << mode.error().message;
        EXPECT_EQ(journalMode(*db), "delete");
        // A load that fails is rolled back from the journal.
        ASSERT_TRUE(db->exec("BEGIN IMMEDIATE").ok());
        ASSERT_TRUE(db->exec("INSERT INTO settings (key, value) VALUES ('bulk', '1')").ok());
        ASSERT_TRUE(db->exec("ROLLBACK").ok());
    }
    EXPECT_EQ(journalMode(*db), "wal");
    EXPECT_EQ(db->queryInt64("SELECT count(*) FROM settings WHERE key = 'bulk'").value(), 0);
}

TEST(TestBulkLoadMode, KeepsTheWalWhileAnotherConnectionHasTheFileOpen) {
    test::TempDir dir;
    auto db = openDatabase(dir);
    auto other = Database::open(dir.path("bulk.tessera")).value();
    ASSERT_EQ(other->queryInt64("SELECT count(*) FROM settings").ok(), true);
    {
        BulkLoadMode::Options options;
        options.rollbackJournal = true;
        auto mode = BulkLoadMode::enter(*db, options);
        ASSERT_TRUE(mode.ok()) << mode.error().message;
        EXPECT_EQ(journalMode(*db), "wal");
    }
    EXPECT_EQ(journalMode(*db), "wal");
}
