// Row-level security enforced by the server (issue 13 point 3): psql, as a
// real process logged in with a user's own role, sees exactly what Tessera
// shows that user in the file, and cannot change what it cannot see.

#include "domain/customers/CustomerService.h"
#include "domain/teammode/ServerCopyService.h"
#include "postgres/ServerFixture.h"

#include <set>

namespace tessera::test {
namespace {

class TestRowLevelSecurity : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoOnServer();
    }

    std::string ownerQuery(const std::string& sql) {
        auto server = connectOwner();
        auto rows = server->query(sql);
        if (!rows)
            throw std::runtime_error(rows.error().message);
        return std::string(rows->text(0, 0));
    }

    std::string path;
};

TEST_F(TestRowLevelSecurity, EachUserSeesOnTheServerTheCustomersTesseraShowsThemInTheFile) {
    const char* users[] = {"admin",     "zhou.min", "emma.clark",   "zhang.wei",     "li.na",
                           "wang.fang", "liu.yang", "oliver.brown", "sophie.turner", "chen.jing"};
    std::set<std::string> counts;
    for (const char* user : users) {
        auto ws = demoAs(path, user);
        domain::PortfolioFilter everything;
        everything.includeArchived = true;
        auto inFile = domain::CustomerService(*ws).count(everything);
        ASSERT_TRUE(inFile) << user;
        auto onServer = psql(roleOf(user), "SELECT count(*) FROM customers");
        ASSERT_EQ(onServer.exitCode, 0) << user << ": " << onServer.err;
        EXPECT_EQ(onServer.out, std::to_string(*inFile)) << user;
        counts.insert(onServer.out);
    }
    // Not everyone sees everything: the portfolios differ.
    EXPECT_GE(counts.size(), 4u);
}

TEST_F(TestRowLevelSecurity, AnAccountManagerCannotChangeAnotherManagersCustomer) {
    const std::string others =
        "FROM customers WHERE owner_id <> (SELECT id FROM users WHERE username = 'zhang.wei')";
    const std::string before = ownerQuery("SELECT count(*) " + others + " AND region = 'taken'");
    auto update = psql(roleOf("zhang.wei"),
                       "WITH changed AS (UPDATE customers SET region = 'taken' WHERE owner_id IS "
                       "DISTINCT FROM (SELECT id FROM users WHERE username = 'zhang.wei') "
                       "RETURNING 1) SELECT count(*) FROM changed");
    ASSERT_EQ(update.exitCode, 0) << update.err;
    EXPECT_EQ(update.out, "0");
    auto remove = psql(roleOf("zhang.wei"),
                       "WITH gone AS (DELETE FROM customer_tags WHERE customer_id IN (SELECT id " +
                           others + ") RETURNING 1) SELECT count(*) FROM gone");
    ASSERT_EQ(remove.exitCode, 0) << remove.err;
    EXPECT_EQ(remove.out, "0");
    EXPECT_EQ(ownerQuery("SELECT count(*) " + others + " AND region = 'taken'"), before);
    // Nor hand one of theirs to someone else.
    auto handOver = psql(roleOf("zhang.wei"),
                         "UPDATE customers SET owner_id = (SELECT id FROM users WHERE username = "
                         "'li.na') WHERE owner_id = (SELECT id FROM users WHERE username = "
                         "'zhang.wei')");
    EXPECT_NE(handOver.exitCode, 0);
    EXPECT_NE(handOver.err.find("row-level security"), std::string::npos) << handOver.err;
}

TEST_F(TestRowLevelSecurity, RowsHangingOffACustomerFollowIt) {
    for (const char* table : {"interactions", "transactions", "tickets", "contacts",
                              "survey_responses", "customer_scores", "follow_ups"}) {
        const std::string expected = ownerQuery(
            std::string("SELECT count(*) FROM ") + table +
            " t JOIN customers c ON c.id = t.customer_id JOIN users u ON u.id = c.owner_id "
            "WHERE u.username = 'li.na'");
        auto seen = psql(roleOf("li.na"), std::string("SELECT count(*) FROM ") + table);
        ASSERT_EQ(seen.exitCode, 0) << table << ": " << seen.err;
        EXPECT_EQ(seen.out, expected) << table;
    }
}

TEST_F(TestRowLevelSecurity, AnalystsReadEveryCustomerButNoPersonalColumn) {
    auto figures = psql(roleOf("chen.jing"), "SELECT count(*) FROM customers WHERE owner_id IS "
                                             "NOT NULL OR owner_id IS NULL");
    ASSERT_EQ(figures.exitCode, 0) << figures.err;
    EXPECT_EQ(figures.out, ownerQuery("SELECT count(*) FROM customers"));
    for (const char* personal :
         {"SELECT phone FROM customers", "SELECT email FROM contacts",
          "SELECT notes FROM interactions", "SELECT id_number FROM customers"}) {
        auto refused = psql(roleOf("chen.jing"), personal);
        EXPECT_NE(refused.exitCode, 0) << personal;
        EXPECT_NE(refused.err.find("permission denied"), std::string::npos) << refused.err;
    }
    auto write = psql(roleOf("chen.jing"), "UPDATE customers SET region = 'x'");
    EXPECT_NE(write.exitCode, 0);
}

TEST_F(TestRowLevelSecurity, TheServerHoldsOnlyCiphertextOfPersonalData) {
    auto ws = openAs(path, "admin");
    auto id = ws->db().queryInt64("SELECT min(id) FROM customers WHERE phone IS NOT NULL");
    ASSERT_TRUE(id);
    auto view = domain::CustomerService(*ws).open(*id);
    ASSERT_TRUE(view) << view.error().message;
    const std::string phone = view->record.phone.value_or("");
    ASSERT_FALSE(phone.empty());
    const std::string stored =
        ownerQuery("SELECT encode(phone, 'hex') FROM customers WHERE id = " + std::to_string(*id));
    EXPECT_FALSE(stored.empty());
    EXPECT_EQ(stored.find(QByteArray::fromStdString(phone).toHex().toStdString()),
              std::string::npos);
    // Nor anywhere in the server's copy of the table.
    EXPECT_EQ(ownerQuery("SELECT count(*) FROM customers WHERE position(convert_to('" + phone +
                         "', 'UTF8') IN coalesce(phone, '') || coalesce(notes, '')) > 0"),
              "0");
}

TEST_F(TestRowLevelSecurity, ALoginRoleThatIsNoTesseraUserCannotConnectNorSeeACustomer) {
    auto server = connectOwner();
    const std::string stranger = server->quoteIdentifier(roleOf("stranger"));
    ASSERT_TRUE(server->exec("CREATE ROLE " + stranger + " LOGIN"));
    // Other roles of the cluster may not even connect to the copy.
    auto shut = psql(roleOf("stranger"), "SELECT 1");
    EXPECT_NE(shut.exitCode, 0);
    EXPECT_NE(shut.err.find("permission denied for database"), std::string::npos) << shut.err;
    // Given the connection and the tables, it still sees no row.
    ASSERT_TRUE(server->exec("GRANT CONNECT ON DATABASE " + database + " TO " + stranger));
    ASSERT_TRUE(server->exec("GRANT SELECT ON customers, interactions TO " + stranger));
    auto seen = psql(roleOf("stranger"), "SELECT count(*) FROM customers");
    ASSERT_EQ(seen.exitCode, 0) << seen.err;
    EXPECT_EQ(seen.out, "0");
}

} // namespace
} // namespace tessera::test
