#include "storage/admin/AuditChain.h"
#include "storage/admin/SettingsRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::storage;

namespace {

class TestAuditChain : public ::testing::Test {
protected:
    void SetUp() override {
        OpenOptions options;
        options.create = true;
        db = Database::open(dir.path("audit.tessera"), options).value();
        for (int i = 1; i <= 10; ++i)
            append("user" + std::to_string(i % 3), "customer.read", std::to_string(i));
    }

    std::int64_t append(const std::string& who, const std::string& action,
                        const std::string& object, bool signedIn = true) {
        AuditRecord r;
        r.at = 1700000000000 + next * 1000;
        r.username = who;
        r.action = action;
        r.objectType = "customer";
        r.objectId = object;
        ++next;
        return AuditChain(*db, signedIn ? std::optional(key) : std::nullopt).append(r).value();
    }

    AuditVerification verify(const SecretKey& with) {
        return AuditChain(*db, with).verify().value();
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    SecretKey key = AuditChain::keyFrom(SecretKey::random());
    int next = 0;
};

} // namespace

TEST_F(TestAuditChain, AnUntouchedLogVerifies) {
    const auto result = verify(key);
    EXPECT_TRUE(result.intact) << result.problem;
    EXPECT_EQ(result.rowsChecked, 10);
}

TEST_F(TestAuditChain, AChangedRowIsNamed) {
    ASSERT_TRUE(db->exec("UPDATE audit_log SET object_id = '999' WHERE id = 4").ok());
    const auto result = verify(key);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenRow, 4);
}

TEST_F(TestAuditChain, ADeletedRowIsNamed) {
    ASSERT_TRUE(db->exec("DELETE FROM audit_log WHERE id = 6").ok());
    const auto result = verify(key);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenRow, 6);
    EXPECT_NE(result.problem.find("missing"), std::string::npos) << result.problem;
}

TEST_F(TestAuditChain, AnInsertedRowIsNamed) {
    // Make room in the middle as a forger would: shift the later rows up.
    ASSERT_TRUE(db->exec("UPDATE audit_log SET id = id + 100 WHERE id > 5").ok());
    ASSERT_TRUE(db->exec("UPDATE audit_log SET id = id - 99 WHERE id > 100").ok());
    ASSERT_TRUE(db->exec("INSERT INTO audit_log (id, at, username, action, hash) "
                         "VALUES (6, 1, 'mallory', 'export', x'00')")
                    .ok());
    const auto result = verify(key);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenRow, 6);
}

TEST_F(TestAuditChain, RowsRemovedFromTheEndAreNoticed) {
    ASSERT_TRUE(db->exec("DELETE FROM audit_log WHERE id >= 9").ok());
    const auto result = verify(key);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenRow, 9);
    EXPECT_NE(result.problem.find("removed"), std::string::npos) << result.problem;
}

TEST_F(TestAuditChain, AForgedHashNeedsTheKey) {
    // Recomputing the hash with another key does not pass.
    const SecretKey forger = AuditChain::keyFrom(SecretKey::random());
    EXPECT_FALSE(verify(forger).intact);
}

TEST_F(TestAuditChain, RowsWrittenWithoutAKeyAreSealedByTheNextSignedInWrite) {
    append("ghost", "login", "ghost", /*signedIn=*/false);
    append("ghost", "login", "ghost", /*signedIn=*/false);
    auto pending = verify(key);
    EXPECT_TRUE(pending.intact);
    EXPECT_EQ(pending.unsealedRows, 2);
    append("admin", "login", "admin");
    auto sealed = verify(key);
    EXPECT_TRUE(sealed.intact) << sealed.problem;
    EXPECT_EQ(sealed.unsealedRows, 0);
    EXPECT_EQ(sealed.rowsChecked, 13);
    // A hash wiped inside the chain is not sealed over.
    ASSERT_TRUE(db->exec("UPDATE audit_log SET hash = NULL WHERE id = 3").ok());
    append("admin", "login", "admin");
    auto wiped = verify(key);
    EXPECT_FALSE(wiped.intact);
    EXPECT_EQ(wiped.brokenRow, 3);
}

TEST_F(TestAuditChain, RekeyingKeepsTheChainUnderTheNewKey) {
    const SecretKey newKey = AuditChain::keyFrom(SecretKey::random());
    ASSERT_TRUE(AuditChain(*db, key).rekey(newKey).ok());
    EXPECT_TRUE(verify(newKey).intact);
    EXPECT_FALSE(verify(key).intact);
    // A broken chain is not re-keyed (that would launder the damage).
    ASSERT_TRUE(db->exec("UPDATE audit_log SET action = 'x' WHERE id = 2").ok());
    EXPECT_FALSE(AuditChain(*db, newKey).rekey(key).ok());
}
