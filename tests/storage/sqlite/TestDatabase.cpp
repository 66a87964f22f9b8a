#include "storage/sqlite/Database.h"
#include "storage/sqlite/Migrations.h"
#include "support/TestSupport.h"

#include <QFile>
#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

std::string makeSqliteFile(const test::TempDir& dir, const std::string& name, const char* sql) {
    const std::string path = dir.path(name);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return path;
}

// Opening must fail with `code`, and leave the file exactly as it was.
void expectRefused(const std::string& path, ErrorCode code, const std::string& wordInMessage) {
    const std::string before = test::fingerprint(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, code) << db.error().message;
    EXPECT_NE(db.error().message.find(wordInMessage), std::string::npos) << db.error().message;
    EXPECT_EQ(test::fingerprint(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

} // namespace

TEST(TestDatabase, CreatesTheLatestSchemaInWalModeWithForeignKeys) {
    test::TempDir dir;
    OpenOptions options;
    options.create = true;
    auto db = Database::open(dir.path("new.tessera"), options);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(*(*db)->queryInt64("PRAGMA foreign_keys"), 1);
    auto mode = (*db)->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode->step().value());
    EXPECT_EQ(mode->text(0), "wal");
    EXPECT_EQ(*(*db)->queryInt64("PRAGMA application_id"), 0x54455353);
    EXPECT_GT(*(*db)->queryInt64("SELECT count(*) FROM sqlite_schema WHERE name = 'customers'"), 0);
}

TEST(TestDatabase, MigrationsAreNumberedWithoutGaps) {
    int expected = 1;
    for (const Migration& migration : allMigrations())
        EXPECT_EQ(migration.version, expected++) << migration.name;
    EXPECT_EQ(latestSchemaVersion(), expected - 1);
}

TEST(TestDatabase, ForeignKeysAreEnforced) {
    test::TempDir dir;
    OpenOptions options;
    options.create = true;
    auto db = Database::open(dir.path("fk.tessera"), options);
    ASSERT_TRUE(db.ok());
    auto bad = (*db)->exec("INSERT INTO transactions (customer_id, day, id, amount_cents) "
                           "VALUES (999, 1, 1, 100)");
    EXPECT_FALSE(bad.ok());
}

TEST(TestDatabase, RefusesToCreateOverAnExistingFile) {
    test::TempDir dir;
    const std::string path = dir.path("exists.tessera");
    test::writeFile(path, "keep me");
    OpenOptions options;
    options.create = true;
    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(test::readFile(path), "keep me");
}

TEST(TestDatabase, RefusesAMissingFile) {
    test::TempDir dir;
    auto db = Database::open(dir.path("missing.tessera"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(std::filesystem::exists(dir.path("missing.tessera")));
}

TEST(TestDatabase, RefusesAFileThatIsNotSqlite) {
    test::TempDir dir;
    const std::string path = dir.path("notes.tessera");
    test::writeFile(path, std::string(5000, 'x') + "this is a text file, not a database\n");
    expectRefused(path, ErrorCode::NotADatabase, "not an SQLite file");
}

TEST(TestDatabase, RefusesAnEmptyFile) {
    test::TempDir dir;
    const std::string path = dir.path("empty.tessera");
    test::writeFile(path, "");
    expectRefused(path, ErrorCode::NotADatabase, "empty");
}

TEST(TestDatabase, RefusesAnSqliteFileOfAnotherApplication) {
    test::TempDir dir;
    const std::string path =
        makeSqliteFile(dir, "other.db", "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expectRefused(path, ErrorCode::NotADatabase, "another program");
}

TEST(TestDatabase, RefusesAFileFromANewerSchema) {
    test::TempDir dir;
    const std::string sql = "CREATE TABLE t (x); PRAGMA application_id = 1413829459; "
                            "PRAGMA user_version = " +
                            std::to_string(latestSchemaVersion() + 1) + ";";
    const std::string path = makeSqliteFile(dir, "future.tessera", sql.c_str());
    expectRefused(path, ErrorCode::NewerSchema,
                  "schema " + std::to_string(latestSchemaVersion() + 1) +
                      "; this version reads up to schema " + std::to_string(latestSchemaVersion()));
}

TEST(TestDatabase, RefusesATruncatedFile) {
    test::TempDir dir;
    const std::string path = dir.path("truncated.tessera");
    test::makeStandardDatabase(path);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2 / 4096 * 4096);
    expectRefused(path, ErrorCode::Corrupt, "truncated");
}

TEST(TestDatabase, RefusesAFileWithADamagedHeader) {
    test::TempDir dir;
    const std::string path = dir.path("header.tessera");
    test::makeStandardDatabase(path);
    std::string bytes = test::readFile(path);
    bytes[16] = 3; // page size 0x03xx is not a power of two
    test::writeFile(path, bytes);
    expectRefused(path, ErrorCode::Corrupt, "damaged");
}

TEST(TestDatabase, ReportsDamagedPagesAsCorruptWithoutCrashing) {
    test::TempDir dir;
    const std::string path = dir.path("damaged.tessera");
    test::makeStandardDatabase(path);
    std::string bytes = test::readFile(path);
    // Overwrite the schema page's b-tree header (page 1 starts after the 100-byte file header).
    for (std::size_t i = 100; i < 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    test::writeFile(path, bytes);
    expectRefused(path, ErrorCode::Corrupt, "damaged");
}

// Root may write anything, so the read-only cases run in a child process that
// drops to the unprivileged "nobody" user when the suite runs as root.
TEST(TestDatabase, RefusesAReadOnlyFile) {
    test::TempDir dir;
    const std::string path = dir.path("ro.tessera");
    test::makeStandardDatabase(path);
    namespace fs = std::filesystem;
    fs::permissions(dir.dir().path().toStdString(), fs::perms::all);
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = test::fingerprint(path);
    const std::string message = test::runUnprivileged([&]() -> std::string {
        auto db = Database::open(path);
        if (db.ok())
            return "opened a read-only file";
        if (db.error().code != ErrorCode::ReadOnly)
            return "wrong error: " + db.error().message;
        return db.error().message.find("read-only") == std::string::npos ? db.error().message : "";
    });
    EXPECT_EQ(message, "");
    EXPECT_EQ(test::fingerprint(path), before);
}

TEST(TestDatabase, RefusesADatabaseInAReadOnlyFolder) {
    test::TempDir dir;
    namespace fs = std::filesystem;
    const std::string folder = dir.path("locked");
    fs::create_directory(folder);
    const std::string path = folder + "/db.tessera";
    test::makeStandardDatabase(path);
    fs::permissions(dir.dir().path().toStdString(), fs::perms::all);
    fs::permissions(path, fs::perms::all);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read |
                                fs::perms::others_exec);
    const std::string before = test::fingerprint(path);
    const std::string message = test::runUnprivileged([&]() -> std::string {
        auto db = Database::open(path);
        if (db.ok())
            return "opened a database in a read-only folder";
        return db.error().code == ErrorCode::ReadOnly ? "" : "wrong error: " + db.error().message;
    });
    EXPECT_EQ(message, "");
    EXPECT_EQ(test::fingerprint(path), before);
    EXPECT_FALSE(fs::exists(path + "-wal"));
    fs::permissions(folder, fs::perms::all);
}

// Schema 5 rebuilds the customers table with its CHECK constraints in OR
// form: a file at schema 4 keeps every customer, every reference to one and
// the full-text entries, and the constraints still refuse what they refused.
TEST(TestDatabase, MigrationFiveKeepsCustomersAndTheirReferences) {
    test::TempDir dir;
    const std::string path = dir.path("v4.tessera");
    std::string schema4;
    for (const Migration& m : allMigrations())
        if (m.version <= 4)
            schema4 += std::string(m.sql) + "\n";
    schema4 +=
        "PRAGMA application_id = 1413829459; PRAGMA user_version = 4;"
        "INSERT INTO users (id, username, display_name, role, password_hash, kek_salt, "
        "public_key, secret_key_wrapped, data_key_sealed, created_at, updated_at) "
        "VALUES (1, 'li.na', 'Li Na', 'account_manager', 'x', x'00', x'00', x'00', "
        "x'00', 0, 0);"
        "INSERT INTO customers (id, code, name, kind, owner_id, lifecycle, created_at, "
        "updated_at) VALUES (7, 'C7', 'Seven', 'person', 1, 'growing', 1, 1), "
        "(9, 'C9', 'Nine', 'company', NULL, 'new', 1, 1);"
        "INSERT INTO customer_search (rowid, name, code, contacts) VALUES "
        "(7, 'Seven', 'C7', ''), (9, 'Nine', 'C9', '');"
        "INSERT INTO transactions (customer_id, day, id, amount_cents) VALUES (9, 100, 1, 500);";
    makeSqliteFile(dir, "v4.tessera", schema4.c_str());

    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*db)->queryInt64("SELECT count(*) FROM customers").value(), 2);
    EXPECT_EQ((*db)->queryInt64("SELECT owner_id FROM customers WHERE code = 'C7'").value(), 1);
    EXPECT_EQ((*db)->queryInt64("SELECT customer_id FROM transactions").value(), 9);
    EXPECT_EQ((*db)
                  ->queryInt64("SELECT rowid FROM customer_search WHERE customer_search "
                               "MATCH '\"Nin\"'")
                  .value(),
              9);
    EXPECT_EQ((*db)->queryInt64("SELECT count(*) FROM pragma_foreign_key_check").value(), 0);
    EXPECT_EQ((*db)->queryInt64("PRAGMA foreign_keys").value(), 1);
    EXPECT_EQ((*db)
                  ->queryInt64("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                               "tbl_name = 'customers'")
                  .value(),
              9); // five of migration 5, code's UNIQUE, customers_standing (8), and the
                  // ID number hash and name key of migration 9
    for (const char* bad : {"kind = 'robot'", "lifecycle = 'asleep'", "risk = 'extreme'",
                            "contact_frequency = 'hourly'", "unsubscribed = 2", "archived = -1"}) {
        EXPECT_FALSE((*db)->exec(std::string("UPDATE customers SET ") + bad + " WHERE id = 7").ok())
            << bad;
    }
    EXPECT_TRUE((*db)->exec("UPDATE customers SET lifecycle = 'churned' WHERE id = 7").ok());
    // Deleting a customer that has transactions is still refused.
    EXPECT_FALSE((*db)->exec("DELETE FROM customers WHERE id = 9").ok());
}
