// customers merge and unmerge through the real tessera-cli process: every row
// moves, undo gives back the same content hash, later imports naming the
// merged code land on the survivor, and roles are enforced.

#include "cli/CliDatabaseFixture.h"
#include "domain/merge/ContentHash.h"
#include "domain/merge/MergeExample.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace tessera::test {
namespace {

class TestMergeCommand : public CliDatabaseFixture {
protected:
    void SetUp() override {
        CliDatabaseFixture::SetUp();
        auto ws = openAs(db, "admin");
        MergeExample ex(*ws);
        a = ex.a;
        b = ex.b;
    }

    std::string hash() {
        auto opened = storage::Database::open(test::locationAs(db, "admin"));
        EXPECT_TRUE(opened);
        return contentHash(**opened);
    }

    std::int64_t query(const std::string& sql) {
        auto opened = storage::Database::open(test::locationAs(db, "admin"));
        EXPECT_TRUE(opened);
        return (*opened)->queryInt64(sql).value();
    }

    std::int64_t a = 0;
    std::int64_t b = 0;
};

TEST_F(TestMergeCommand, MergesAndUndoesToTheSameContentHash) {
    const std::string before = hash();
    const std::int64_t bTransactions =
        query("SELECT count(*) FROM transactions WHERE customer_id = " + std::to_string(b));
    auto merged = cli("admin", {"customers", "merge", "--into", "A-001", "--from", "B-002",
                                "--take-from-b", "phone,email", "--json"});
    ASSERT_EQ(merged.exitCode, 0) << merged.err;
    const QJsonObject doc = merged.json().object();
    const std::int64_t mergeId = doc["merge"].toInteger();
    EXPECT_GT(mergeId, 0);
    EXPECT_EQ(doc["moved"]["contacts"].toInteger(), 1);
    EXPECT_EQ(doc["moved"]["transactions"].toInteger(), bTransactions);
    EXPECT_EQ(doc["moved"]["customer_tags"].toInteger(), 1);
    EXPECT_EQ(doc["set_aside"]["customer_tags"].toInteger(), 1);
    EXPECT_EQ(doc["set_aside"]["customer_scores"].toInteger(), 1);
    EXPECT_EQ(doc["taken_from_b"].toArray().size(), 2);
    EXPECT_EQ(query("SELECT count(*) FROM customers WHERE id = " + std::to_string(b)), 0);
    for (const char* table :
         {"contacts", "transactions", "interactions", "survey_responses", "tickets", "follow_ups",
          "consent_events", "customer_tags", "customer_scores", "standing_overrides",
          "warning_states", "campaign_customers"})
        EXPECT_EQ(query(std::string("SELECT count(*) FROM ") + table +
                        " WHERE customer_id = " + std::to_string(b)),
                  0)
            << table;
    EXPECT_NE(hash(), before);

    // Showing B's code shows A.
    auto shown = cli("admin", {"customers", "--id", "B-002", "--json"});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_NE(shown.out.find("A-001"), std::string::npos);

    auto undone =
        cli("admin", {"customers", "unmerge", "--merge", QString::number(mergeId), "--json"});
    ASSERT_EQ(undone.exitCode, 0) << undone.err;
    EXPECT_TRUE(undone.json().object()["undone"].toBool());
    EXPECT_EQ(hash(), before);
    EXPECT_EQ(query("SELECT count(*) FROM audit_log WHERE action IN ('customer.merge', "
                    "'customer.unmerge') AND outcome = 'ok'"),
              2);

    auto again = cli("admin", {"customers", "unmerge", "--merge", QString::number(mergeId)});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("no merge"), std::string::npos) << again.err;
}

TEST_F(TestMergeCommand, ALaterImportNamingTheMergedCodeLandsOnTheSurvivor) {
    auto merged = cli("sup", {"customers", "merge", "--into", "A-001", "--from", "B-002"});
    ASSERT_EQ(merged.exitCode, 0) << merged.err;
    EXPECT_NE(merged.out.find("unmerge --merge"), std::string::npos);
    const std::int64_t before =
        query("SELECT count(*) FROM transactions WHERE customer_id = " + std::to_string(a));
    const std::string file = write("later.csv", "customer,date,amount\n"
                                                "B-002,2026-03-01,100.00\n"
                                                "B-002,2026-03-02,50.00\n"
                                                "A-001,2026-03-03,10.00\n");
    auto imported =
        cli("admin", {"import", "transactions", "--file", QString::fromStdString(file), "--json"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err << imported.out;
    EXPECT_EQ(imported.json().object()["rows_loaded"].toInteger(), 3);
    EXPECT_EQ(query("SELECT count(*) FROM transactions WHERE customer_id = " + std::to_string(a)),
              before + 3);
    // A customer import cannot bring B's code back as a new customer.
    const std::string customers =
        write("customers.csv", "code,name\nB-002,Someone New\nE-005,Echo Ltd\n");
    auto loaded = cli(
        "admin", {"import", "customers", "--file", QString::fromStdString(customers), "--json"});
    EXPECT_EQ(loaded.json().object()["rows_loaded"].toInteger(), 1) << loaded.out << loaded.err;
    EXPECT_EQ(query("SELECT count(*) FROM customers WHERE code = 'B-002'"), 0);
}

TEST_F(TestMergeCommand, RefusesOutsideTheTeamAndBadFields) {
    const std::string before = hash();
    auto refused = cli("sup2", {"customers", "merge", "--into", "A-001", "--from", "B-002"});
    EXPECT_EQ(refused.exitCode, 4) << refused.err;
    auto manager = cli("am1", {"customers", "merge", "--into", "A-001", "--from", "B-002"});
    EXPECT_EQ(manager.exitCode, 4) << manager.err;
    auto bad = cli("admin", {"customers", "merge", "--into", "A-001", "--from", "B-002",
                             "--take-from-b", "colour"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("colour"), std::string::npos) << bad.err;
    auto same = cli("admin", {"customers", "merge", "--into", "A-001", "--from", "A-001"});
    EXPECT_EQ(same.exitCode, 2) << same.err;
    EXPECT_EQ(hash(), before);
    EXPECT_EQ(query("SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND "
                    "outcome = 'refused'"),
              2);
}

} // namespace
} // namespace tessera::test
