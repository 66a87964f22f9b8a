// A file whose lookup keys follow an older normalisation gets them remade at
// the first sign-in (Workspace::login, storage/customers/LookupKeys).

#include "domain/workspace/Workspace.h"
#include "storage/admin/SettingsRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/customers/NameKey.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace {

std::string hex(const storage::Bytes& bytes) {
    static const char* digits = "0123456789ABCDEF"; // as SQLite hex() writes
    std::string out;
    for (std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 15]);
    }
    return out;
}

std::string keysOf(storage::Database& db, const std::string& table) {
    const std::string columns = table == "customers"
                                    ? "hex(phone_hash), hex(email_hash), hex(id_number_hash), "
                                      "name_key"
                                    : "hex(phone_hash), hex(email_hash)";
    return test::dumpQuery(db, "SELECT " + columns + " FROM " + table + " ORDER BY id");
}

} // namespace

TEST(TestLookupKeysUpgrade, SignInRemakesOutdatedKeysOnce) {
    test::TempDir dir;
    const std::string path = dir.path("keys.tessera");
    test::makeStandardDatabase(path);
    std::string phoneKey;
    {
        auto ws = test::openAs(path, "admin");
        storage::CustomerRepository repo(ws->db(), ws->cipher());
        storage::CustomerRecord c;
        c.code = "K1";
        c.name = "北京星辰科技有限公司";
        c.phone = "+86 138-0013-8000";
        c.email = "Li.Na@Example.com ";
        c.idNumber = "11010519491231002x";
        c.contacts = {{0, 0, "Wang", "Buyer", std::string("0086 139 0000 0001"),
                       std::string(" W@Example.com"), true}};
        ASSERT_TRUE(repo.insert(c).ok());
        c.code = "K2";
        c.name = "Plain Person";
        c.phone.reset();
        c.email.reset();
        c.idNumber.reset();
        c.contacts.clear();
        ASSERT_TRUE(repo.insert(c).ok());
        phoneKey = hex(ws->cipher().lookupHash("13800138000"));
    }
    std::string customersBefore, contactsBefore;
    {
        auto ws = test::openAs(path, "admin");
        customersBefore = keysOf(ws->db(), "customers");
        contactsBefore = keysOf(ws->db(), "contacts");
        // The first customer's keys as the new normalisation makes them.
        EXPECT_NE(customersBefore.find(phoneKey), std::string::npos);
        EXPECT_NE(customersBefore.find("|北京星辰科技"), std::string::npos);
        // What an older Tessera left: other hashes, no ID hashes, no name keys.
        ASSERT_TRUE(ws->db()
                        .exec("UPDATE customers SET phone_hash = randomblob(16), "
                              "email_hash = NULL, id_number_hash = NULL, name_key = ''; "
                              "UPDATE contacts SET phone_hash = x'00', email_hash = x'01'; "
                              "UPDATE settings SET value = '1' WHERE key = 'lookup_keys_version'")
                        .ok());
        ASSERT_NE(keysOf(ws->db(), "customers"), customersBefore);
    }
    auto ws = test::openAs(path, "ana"); // any role: the keys hold no personal values
    EXPECT_EQ(keysOf(ws->db(), "customers"), customersBefore);
    EXPECT_EQ(keysOf(ws->db(), "contacts"), contactsBefore);
    EXPECT_EQ(storage::SettingsRepository(ws->db()).get("lookup_keys_version").value(),
              std::optional<std::string>("2"));
    // Current keys are left alone: a later sign-in writes nothing.
    ASSERT_TRUE(ws->db().exec("UPDATE customers SET name_key = 'kept' WHERE code = 'K2'").ok());
    ws.reset();
    ws = test::openAs(path, "admin");
    EXPECT_EQ(ws->db().queryInt64("SELECT count(*) FROM customers WHERE name_key = 'kept'").value(),
              1);
}

TEST(TestLookupKeysUpgrade, ANewDatabaseStartsCurrent) {
    test::TempDir dir;
    const std::string path = dir.path("new.tessera");
    test::makeStandardDatabase(path);
    auto ws = test::openAs(path, "admin");
    EXPECT_EQ(storage::SettingsRepository(ws->db()).get("lookup_keys_version").value(),
              std::optional<std::string>("2"));
}
