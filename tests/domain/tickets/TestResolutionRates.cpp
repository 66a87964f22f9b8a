// Resolution rates against the 95% goal, per owner and per team, on a
// hand-built set of tickets.

#include "domain/tickets/ResolutionRates.h"
#include "domain/tickets/TicketService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestResolutionRates : public test::DayFixture {
protected:
    std::int64_t open(Workspace& ws, std::int64_t customer, const char* at) {
        auto id = TicketService(ws).open(
            {customer, "billing", "72h", "Invoice", {}, instant(ws, at), {}, true, {}, {}});
        if (!id)
            throw std::runtime_error(id.error().message);
        return *id;
    }
    void resolve(Workspace& ws, std::int64_t id, const char* at) {
        if (!TicketService(ws).change(id, {TicketStep::Resolve, {}, instant(ws, at)}))
            throw std::runtime_error("resolve");
    }
};

const ResolutionRate* find(const std::vector<ResolutionRate>& rates, const std::string& group,
                           bool team) {
    for (const auto& r : rates)
        if (r.group == group && r.team == team)
            return &r;
    return nullptr;
}

} // namespace

TEST_F(TestResolutionRates, CountsResolvedAndResolvedInTimePerOwnerAndTeam) {
    auto admin = as("admin");
    const auto c1 = customer(*admin, "C1", "am1");
    const auto c3 = customer(*admin, "C3", "am3");
    resolve(*admin, open(*admin, c1, "2026-06-20 09:00"), "2026-06-21 09:00"); // in time
    open(*admin, c1, "2026-06-25 09:00");                                      // still open
    resolve(*admin, open(*admin, c3, "2026-06-20 09:00"), "2026-06-24 09:00"); // 96 h: late
    open(*admin, c3, "2026-05-20 09:00");                                      // before the period
    const auto rates = ResolutionRates::of(*admin, *Calendar::parseDay("2026-06-01"),
                                           *Calendar::parseDay("2026-06-30"))
                           .value();
    const ResolutionRate* am1 = find(rates, "am1", false);
    ASSERT_TRUE(am1);
    EXPECT_EQ(am1->tickets, 2);
    EXPECT_DOUBLE_EQ(am1->rate(), 0.5);
    EXPECT_DOUBLE_EQ(am1->inTimeRate(), 0.5);
    const ResolutionRate* am3 = find(rates, "am3", false);
    ASSERT_TRUE(am3);
    EXPECT_DOUBLE_EQ(am3->rate(), 1.0);
    EXPECT_DOUBLE_EQ(am3->inTimeRate(), 0.0);
    EXPECT_EQ(find(rates, "sup", true)->tickets, 2);
    EXPECT_EQ(find(rates, "sup2", true)->resolved, 1);
    // A supervisor sees only the team's.
    auto sup = as("sup");
    const auto own = ResolutionRates::of(*sup, *Calendar::parseDay("2026-06-01"),
                                         *Calendar::parseDay("2026-06-30"))
                         .value();
    EXPECT_EQ(find(own, "am3", false), nullptr);
    EXPECT_TRUE(find(own, "am1", false));
}
