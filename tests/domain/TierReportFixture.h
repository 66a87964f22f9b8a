#pragma once

// A small database with two hand-made scoring runs, for checking tier report
// numbers by hand. Customers (code, name, kind, owner) and their results:
//
//   code  name        kind     owner  run 1     run 2: tier   M     CLV  P(alive) TierScore
//   A1    Acme        company  am1    Platinum  Diamond       1000  500  0.9      90
//   A2    Zhang Wei   person   am1    Gold      Gold           300  -    -        60
//   A3    王伟        person   am2    Diamond   Gold           200  100  0.5      55
//   B1    Bravo       company  am3    Silver    Bronze           0   20  0.1      10
//   U1    Unowned     company  -      -         Silver         500  250  0.7      40

#include "domain/customers/CustomerService.h"
#include "domain/admin/UserService.h"
#include "storage/scoring/ScoringRepository.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>
#include <map>

namespace tessera::test {

struct HandScore {
    const char* code;
    const char* tier;
    double monetary;
    std::optional<double> clv;
    std::optional<double> pAlive;
    double tierScore;
};

class TierReportFixture : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("tiers.tessera");
        makeStandardDatabase(path);
        auto admin = openAs(path, "admin");
        domain::UserService users(*admin);
        const struct {
            const char* code;
            const char* name;
            const char* kind;
            const char* owner;
        } customers[] = {{"A1", "Acme", "company", "am1"},
                         {"A2", "Zhang Wei", "person", "am1"},
                         {"A3", "王伟", "person", "am2"},
                         {"B1", "Bravo", "company", "am3"},
                         {"U1", "Unowned", "company", ""}};
        for (const auto& c : customers) {
            storage::CustomerRecord record;
            record.code = c.code;
            record.name = c.name;
            record.kind = c.kind;
            if (*c.owner)
                record.ownerId = users.idOf(c.owner).value();
            ids[c.code] = domain::CustomerService(*admin).create(record).value();
        }
        firstRun = addRun(*admin, 20000,
                          {{"A1", "Platinum", 800, 400, 0.8, 70},
                           {"A2", "Gold", 300, {}, {}, 50},
                           {"A3", "Diamond", 900, 300, 0.9, 95},
                           {"B1", "Silver", 100, 30, 0.2, 30}});
        secondRun = addRun(*admin, 20100,
                           {{"A1", "Diamond", 1000, 500, 0.9, 90},
                            {"A2", "Gold", 300, {}, {}, 60},
                            {"A3", "Gold", 200, 100, 0.5, 55},
                            {"B1", "Bronze", 0, 20, 0.1, 10},
                            {"U1", "Silver", 500, 250, 0.7, 40}});
    }

    std::int64_t addRun(domain::Workspace& ws, std::int32_t asOfDay,
                        const std::vector<HandScore>& scores) {
        auto tx = storage::TransactionGuard::begin(ws.db()).value();
        storage::ScoringRunRecord run;
        run.asOfDay = asOfDay;
        run.windowDays = 365;
        run.profileVersion = 1;
        run.customers = static_cast<std::int64_t>(scores.size());
        run.details = "{}";
        const std::int64_t runId = storage::ScoringRepository(ws.db()).insertRun(run).value();
        auto writer = storage::makeScoreWriter(ws.db()).value();
        for (const HandScore& s : scores) {
            storage::CustomerScoreRecord r;
            r.runId = runId;
            r.customerId = ids.at(s.code);
            r.monetary = s.monetary;
            r.rfms = s.tierScore;
            r.tierScore = s.tierScore;
            r.segment = "Loyal";
            r.weightRule = "equal_weights";
            r.tier = s.tier;
            r.clv = s.clv;
            r.pAlive = s.pAlive;
            EXPECT_TRUE(writer.add(r).ok());
        }
        EXPECT_TRUE(writer.flush().ok());
        EXPECT_TRUE(tx.commit().ok());
        return runId;
    }

    TempDir dir;
    std::string path;
    std::map<std::string, std::int64_t> ids;
    std::int64_t firstRun = 0, secondRun = 0;
};

} // namespace tessera::test
