// A scoring run on a team server (issue 13, points 2 and 4): the analyst's
// run reads every purchase through the row-level security policies, writes
// every customer's scores with COPY and refreshes every customer's standing
// in one UPDATE, and ends with the same figures as the same run on the file.

#include "domain/scoring/ScoringService.h"
#include "postgres/ServerFixture.h"

namespace tessera::test {
namespace {

class TestServerScoring : public ServerFixture {
protected:
    void SetUp() override {
        ServerFixture::SetUp();
        path = demoOnServer();
    }

    // Every customer's standing and latest scores, one line each, in id order.
    static std::vector<std::string> standing(storage::Database& db) {
        auto stmt = db.prepare(
            "SELECT c.id || ' ' || c.lifecycle || ' ' || c.loyalty || ' ' || "
            "coalesce(c.health, -1) || ' ' || coalesce(s.tier, '') || ' ' || "
            "coalesce(s.frequency, -1) FROM customers c LEFT JOIN customer_scores s "
            "ON s.customer_id = c.id AND s.run_id = (SELECT max(id) FROM scoring_runs) "
            "ORDER BY c.id");
        if (!stmt)
            throw std::runtime_error(stmt.error().message);
        return stmt->collect([](const storage::Statement& s) { return s.text(0); }).value();
    }

    std::string path;
};

TEST_F(TestServerScoring, AnAnalystsRunOnTheServerEndsAsTheSameRunOnTheFile) {
    auto file = demoAs(path, "chen.jing");
    auto server = serverAs("chen.jing");
    domain::ScoringRequest request;
    request.asOfDay = file->calendar().dayOf(file->nowMs()) - 40; // another day than the demo's run
    auto inFile = domain::ScoringService(*file).run(request);
    ASSERT_TRUE(inFile) << inFile.error().message;
    auto onServer = domain::ScoringService(*server).run(request);
    ASSERT_TRUE(onServer) << onServer.error().message;
    EXPECT_EQ(onServer->run.customers, inFile->run.customers);
    EXPECT_EQ(onServer->tierCounts, inFile->tierCounts);
    EXPECT_EQ(onServer->withCrmv, inFile->withCrmv);

    auto admin = openAs(path, "admin");
    auto serverAdmin = serverAs("admin");
    const auto expected = standing(admin->db());
    const auto actual = standing(serverAdmin->db());
    ASSERT_EQ(actual.size(), expected.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (actual[i] != expected[i] && ++differing <= 5)
            ADD_FAILURE() << "file: " << expected[i] << "\nserver: " << actual[i];
    EXPECT_EQ(differing, 0u);
}

} // namespace
} // namespace tessera::test
