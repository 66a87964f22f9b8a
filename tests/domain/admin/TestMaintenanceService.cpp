#include "demo/DemoGenerator.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/admin/UserService.h"
#include "domain/customers/CustomerService.h"
#include "storage/admin/UserRepository.h"
#include "storage/security/PersonalDataColumns.h"
#include "storage/security/UserKeyring.h"
#include "storage/sqlite/Migrations.h"
#include "support/TestSupport.h"

#include <QDir>
#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

const char* const kDataTables[] = {
    "customers",        "contacts",       "customer_tags", "transactions", "interactions",
    "survey_responses", "survey_answers", "tickets",       "users",        "scoring_profiles"};

class TestMaintenanceService : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("safe.tessera");
        NewWorkspaceOptions options;
        options.adminPassword = test::kAdminPassword;
        auto created = Workspace::create(path, options);
        ASSERT_TRUE(created.ok());
        DemoOptions demo;
        demo.customers = 150;
        ASSERT_TRUE(DemoGenerator(**created).generate(demo).ok());
    }

    std::string contents(Workspace& ws) {
        std::string all;
        for (const char* table : kDataTables)
            all +=
                test::dumpQuery(ws.db(), std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        return all;
    }

    std::unique_ptr<Workspace> admin() { return test::openAs(path, "admin"); }

    test::TempDir dir;
    std::string path;
};

} // namespace

TEST_F(TestMaintenanceService, ARestoreBringsBackTheContentOfTheBackupAndPassesTheCheck) {
    auto ws = admin();
    const std::string atBackup = contents(*ws);
    auto backup = MaintenanceService(*ws).backup(dir.path("copy.tessera"));
    ASSERT_TRUE(backup.ok()) << backup.error().message;
    // Change things after the backup.
    CustomerService customers(*ws);
    const auto ids = customers.queryIds({}).value();
    ASSERT_TRUE(customers.setArchived(ids[0], true).ok());
    ASSERT_TRUE(ws->db().exec("DELETE FROM customer_tags").ok());
    ASSERT_NE(contents(*ws), atBackup);

    auto saved = MaintenanceService(*ws).restore(backup->path, test::kAdminPassword);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_TRUE(std::filesystem::exists(saved->path)); // the state before the restore
    ws.reset();
    auto after = admin();
    EXPECT_EQ(contents(*after), atBackup);
    auto report = MaintenanceService(*after).check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << (report->problems.empty() ? report->audit.problem
                                                           : report->problems[0]);
}

TEST_F(TestMaintenanceService, ADamagedOrForeignBackupIsRefusedAndNothingChanges) {
    auto ws = admin();
    const std::string before = contents(*ws);
    const std::string damaged = dir.path("damaged.tessera");
    ASSERT_TRUE(MaintenanceService(*ws).backup(damaged).ok());
    std::string bytes = test::readFile(damaged);
    for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = static_cast<char>(0x5A);
    test::writeFile(damaged, bytes);
    EXPECT_FALSE(MaintenanceService(*ws).restore(damaged, test::kAdminPassword).ok());
    const std::string text = dir.path("text.tessera");
    test::writeFile(text, "not a database");
    EXPECT_FALSE(MaintenanceService(*ws).restore(text, test::kAdminPassword).ok());
    const std::string good = dir.path("good.tessera");
    ASSERT_TRUE(MaintenanceService(*ws).backup(good).ok());
    EXPECT_EQ(MaintenanceService(*ws).restore(good, "not-my-password").error().code,
              ErrorCode::AuthenticationFailed);
    EXPECT_EQ(contents(*ws), before);
}

TEST_F(TestMaintenanceService, AutomaticBackupsKeepTheRetentionCount) {
    auto ws = admin();
    MaintenanceService maintenance(*ws);
    for (int i = 0; i < MaintenanceService::kDefaultRetention + 3; ++i) {
        ws->setClock([i] { return 1800000000000 + i * 1000LL; });
        ASSERT_TRUE(maintenance.backup().ok());
    }
    EXPECT_EQ(maintenance.backups().value().size(),
              static_cast<std::size_t>(MaintenanceService::kDefaultRetention));
    ws->setClock([] { return 1800000000000 + 3600 * 1000LL; });
    EXPECT_FALSE(maintenance.backupIfDue().value().has_value()); // made an hour ago
    ws->setClock([] { return 1800000000000 + 25 * 3600 * 1000LL; });
    EXPECT_TRUE(maintenance.backupIfDue().value().has_value());
    // The schedule runs for any signed-in user; a manual backup stays the administrator's.
    auto manager = Workspace::open(path).value();
    ASSERT_TRUE(manager->login("zhang.wei", DemoGenerator::kDemoPassword).ok());
    manager->setClock([] { return 1800000000000 + 50 * 3600 * 1000LL; });
    EXPECT_TRUE(MaintenanceService(*manager).backupIfDue().value().has_value());
    EXPECT_EQ(MaintenanceService(*manager).backup().error().code, ErrorCode::PermissionDenied);
}

TEST_F(TestMaintenanceService, AnOlderSchemaIsBackedUpBeforeItIsMigrated) {
    {
        auto ws = admin();
        // Make the file look like schema 2: undo migrations 10, 9, 8, 7 and 6,
        // then 4 and 3 (migration 5 rebuilds the customers table as it finds it).
        ASSERT_TRUE(ws->db()
                        .exec("DROP TABLE search_keys; "
                              "DELETE FROM settings WHERE key = 'search_keys_version'")
                        .ok());
        ASSERT_TRUE(ws->db()
                        .exec("DROP TABLE customer_aliases; DROP TABLE customer_merges; "
                              "DROP TABLE erasures; DROP INDEX customers_id_number_hash; "
                              "DROP INDEX customers_name_key; "
                              "ALTER TABLE customers DROP COLUMN id_number_hash; "
                              "ALTER TABLE customers DROP COLUMN name_key; "
                              "DELETE FROM settings WHERE key = 'lookup_keys_version'")
                        .ok());
        ASSERT_TRUE(
            ws->db()
                .exec("DROP TABLE journey_snapshot_paths; "
                      "DROP TABLE journey_snapshot_touchpoints; "
                      "DROP TABLE journey_snapshots; DROP INDEX interactions_day; "
                      "DROP INDEX survey_responses_touchpoint; DROP INDEX tickets_touchpoint; "
                      "DROP INDEX customers_standing; DROP INDEX customer_scores_tier; "
                      "ALTER TABLE journey_stages DROP COLUMN retired_at; "
                      "ALTER TABLE touchpoints DROP COLUMN position; "
                      "ALTER TABLE touchpoints DROP COLUMN retired_at")
                .ok());
        ASSERT_TRUE(ws->db()
                        .exec("DROP TABLE campaign_customers; DROP TABLE kpi_targets; "
                              "DROP INDEX survey_responses_day; DROP INDEX tickets_opened; "
                              "ALTER TABLE campaigns DROP COLUMN target_kind; "
                              "ALTER TABLE campaigns DROP COLUMN target_value; "
                              "ALTER TABLE campaigns DROP COLUMN created_by; "
                              "ALTER TABLE campaigns DROP COLUMN created_at; "
                              "ALTER TABLE campaigns DROP COLUMN updated_at; "
                              "ALTER TABLE survey_responses DROP COLUMN created_by; "
                              "ALTER TABLE survey_responses DROP COLUMN created_at")
                        .ok());
        ASSERT_TRUE(ws->db()
                        .exec("DROP TABLE consent_events; DROP TABLE standing_overrides; "
                              "DROP TABLE warning_states; DROP INDEX tickets_unresolved; "
                              "ALTER TABLE interactions DROP COLUMN updated_at; "
                              "ALTER TABLE tickets DROP COLUMN interaction_id; "
                              "ALTER TABLE tickets DROP COLUMN created_by; "
                              "ALTER TABLE tickets DROP COLUMN reopened_at; "
                              "ALTER TABLE tickets DROP COLUMN import_id; "
                              "ALTER TABLE survey_responses DROP COLUMN ticket_id; "
                              "ALTER TABLE follow_ups DROP COLUMN created_at; "
                              "ALTER TABLE follow_ups DROP COLUMN created_by; "
                              "ALTER TABLE customers DROP COLUMN loyalty; "
                              "ALTER TABLE customers DROP COLUMN health; "
                              "ALTER TABLE customers DROP COLUMN health_day")
                        .ok());
        ASSERT_TRUE(ws->db()
                        .exec("DROP INDEX contacts_name; CREATE INDEX contacts_name ON contacts "
                              "(name COLLATE NOCASE); DROP INDEX audit_log_unsealed; ALTER TABLE "
                              "audit_log DROP COLUMN hash; PRAGMA user_version = 2")
                        .ok());
    }
    auto ws = admin(); // opening migrates
    EXPECT_EQ(ws->db().schemaVersion(), storage::latestSchemaVersion());
    const QDir folder(QString::fromStdString(MaintenanceService::backupFolder(path)));
    const QStringList backups = folder.entryList({QStringLiteral("*before-migration-v2*")});
    ASSERT_EQ(backups.size(), 1);
    auto old = storage::Database::open(folder.filePath(backups[0]).toStdString(), [] {
        storage::OpenOptions o;
        o.migrate = false;
        return o;
    }());
    ASSERT_TRUE(old.ok());
    EXPECT_EQ((*old)->schemaVersion(), 2);
    EXPECT_TRUE(MaintenanceService(*ws).check().value().ok());
}

TEST_F(TestMaintenanceService, RotatingTheDataKeyKeepsEveryoneInAndOldKeysOut) {
    auto ws = admin();
    const storage::SecretKey oldKey = ws->session().dataKey;
    CustomerService customers(*ws);
    const auto id = customers.queryIds({}).value().front();
    const auto before = customers.open(id).value().record;
    std::vector<int> progress;
    const JobControl job([&](int percent, const std::string&) { progress.push_back(percent); },
                         nullptr);
    auto count = MaintenanceService(*ws).rotateDataKey(job);
    ASSERT_TRUE(count.ok()) << count.error().message;
    EXPECT_GT(*count, 150);
    // Progress climbs column by column to the end.
    ASSERT_GE(progress.size(), storage::kPersonalDataColumns.size());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 100);
    ws.reset();
    auto again = admin();
    EXPECT_FALSE(std::equal(oldKey.bytes().begin(), oldKey.bytes().end(),
                            again->session().dataKey.bytes().begin()));
    EXPECT_EQ(CustomerService(*again).open(id).value().record.phone, before.phone);
    auto manager = Workspace::open(path).value();
    EXPECT_TRUE(manager->login("zhang.wei", DemoGenerator::kDemoPassword).ok());
    // The old key decrypts nothing any more.
    auto stale = storage::FieldCipher::create(oldKey).value();
    auto raw =
        again->db().prepare("SELECT phone FROM customers WHERE phone IS NOT NULL LIMIT 1").value();
    ASSERT_TRUE(raw.step().value());
    EXPECT_FALSE(stale.decrypt(raw.blob(0), "customers.phone").ok());
    if (before.phone) {
        PortfolioFilter byPhone;
        byPhone.search = *before.phone;
        EXPECT_EQ(CustomerService(*again).queryIds(byPhone).value().size(), 1u);
    }
    EXPECT_TRUE(MaintenanceService(*again).check().value().ok());
}

TEST_F(TestMaintenanceService, ARemovedUserCannotSignInAndTheirOldKeyOpensNothingNew) {
    storage::UserCredentials kept;
    {
        auto ws = admin();
        kept = storage::UserRepository(ws->db()).findByUsername("li.na").value()->credentials;
        ASSERT_TRUE(UserService(*ws).remove("li.na").ok());
    }
    auto ws = Workspace::open(path).value();
    EXPECT_EQ(ws->login("li.na", DemoGenerator::kDemoPassword).error().code,
              ErrorCode::AuthenticationFailed);
    // Keys copied before the removal unlock the old data key, which no longer reads the data.
    auto oldKey = storage::UserKeyring::unlockDataKey(kept, DemoGenerator::kDemoPassword).value();
    auto stale = storage::FieldCipher::create(oldKey).value();
    auto raw =
        ws->db().prepare("SELECT email FROM customers WHERE email IS NOT NULL LIMIT 1").value();
    ASSERT_TRUE(raw.step().value());
    EXPECT_FALSE(stale.decrypt(raw.blob(0), "customers.email").ok());
}

TEST_F(TestMaintenanceService, NoPersonalDataAppearsInPlainTextInTheFileOrItsWal) {
    std::vector<std::string> secrets;
    auto ws = admin();
    CustomerService customers(*ws);
    for (std::int64_t id : customers.queryIds({}).value()) {
        auto opened = customers.open(id);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        const auto c = opened->record;
        for (const auto& value : {c.phone, c.email, c.idNumber, c.address})
            if (value && value->size() >= 6)
                secrets.push_back(*value);
        for (const auto& contact : c.contacts)
            for (const auto& value : {contact.phone, contact.email})
                if (value && value->size() >= 6)
                    secrets.push_back(*value);
    }
    ASSERT_GT(secrets.size(), 300u);
    // Reading them wrote audit rows: the WAL holds fresh pages now, and so does the file.
    const std::string file = test::readFile(path) + test::readFile(path + "-wal");
    ASSERT_GT(file.size(), 100000u);
    std::size_t found = 0;
    for (const auto& secret : secrets)
        found += file.find(secret) != std::string::npos;
    EXPECT_EQ(found, 0u);
    // Without a password, the encrypted columns are only ciphertext.
    for (const auto& column : storage::kPersonalDataColumns) {
        auto stmt =
            ws->db().prepare(std::string("SELECT ") + column.column + " FROM " + column.table +
                             " WHERE " + column.column + " IS NOT NULL LIMIT 1");
        ASSERT_TRUE(stmt.ok()) << stmt.error().message;
        if (stmt->step().value()) {
            EXPECT_EQ(stmt->blob(0)[0], 1)
                << column.label; // the format version byte, then nonce and ciphertext
        }
    }
}

TEST_F(TestMaintenanceService, ARemovedUserStaysRemoved) {
    auto ws = admin();
    UserService users(*ws);
    ASSERT_TRUE(users.remove("li.na").ok());
    const auto listed = users.list().value();
    const auto removed = std::find_if(listed.begin(), listed.end(),
                                      [](const UserSummary& u) { return u.username == "li.na"; });
    ASSERT_NE(removed, listed.end());
    EXPECT_TRUE(removed->removed);
    EXPECT_FALSE(removed->active);
    EXPECT_EQ(
        std::count_if(listed.begin(), listed.end(), [](const UserSummary& u) { return u.removed; }),
        1);
    // Neither enabling nor a new password brings the account back, and a
    // second removal does not re-key the database again.
    EXPECT_EQ(users.setActive("li.na", true).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(users.changePassword("li.na", "a-new-password", std::nullopt).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(users.remove("li.na").error().code, ErrorCode::InvalidArgument);
    auto again = Workspace::open(path).value();
    EXPECT_FALSE(again->login("li.na", "a-new-password").ok());
}
