// Tickets through the domain: open, assign, respond, resolve, close, reopen,
// the satisfaction check, and escalation reaching the owner's supervisor.

#include "domain/admin/UserService.h"
#include "domain/tickets/TicketService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestTicketService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        admin = as("admin");
        c1 = customer(*admin, "C1", "am1");
        c3 = customer(*admin, "C3", "am3");
    }

    std::int64_t open(Workspace& ws, std::int64_t customer, const char* level, const char* at) {
        TicketDraft d;
        d.customerId = customer;
        d.category = "delivery";
        d.level = level;
        d.subject = "Goods arrived damaged";
        d.at = instant(ws, at);
        auto id = TicketService(ws).open(d);
        if (!id)
            throw std::runtime_error(id.error().message);
        return *id;
    }

    TicketView asOf(std::int64_t id, const char* at) {
        auto v = TicketService(*admin).find(id, instant(*admin, at));
        if (!v)
            throw std::runtime_error(v.error().message);
        return *v;
    }

    std::unique_ptr<Workspace> admin;
    std::int64_t c1 = 0;
    std::int64_t c3 = 0;
};

} // namespace

TEST_F(TestTicketService, ALateTicketEscalatesToTheSupervisorOfItsOwner) {
    const auto team1 = open(*admin, c1, "24h", "2026-06-28 09:00");
    const auto team2 = open(*admin, c3, "24h", "2026-06-28 09:00");
    EXPECT_EQ(asOf(team1, "2026-06-29 09:00").escalatedTo, "");
    const TicketView late = asOf(team1, "2026-06-29 10:00");
    EXPECT_TRUE(late.level.firstResponseLate);
    EXPECT_EQ(late.escalatedTo, "sup");
    EXPECT_EQ(asOf(team2, "2026-06-29 10:00").escalatedTo, "sup2");
}

TEST_F(TestTicketService, AnImmediateTicketEscalatesAtOnceA72hTicketAfterThreeDays) {
    const auto now = open(*admin, c1, "immediate", "2026-06-30 09:00");
    EXPECT_EQ(asOf(now, "2026-06-30 09:01").escalatedTo, "sup");
    const auto later = open(*admin, c1, "72h", "2026-06-26 09:00");
    EXPECT_EQ(asOf(later, "2026-06-27 09:00").escalatedTo, "");
    EXPECT_EQ(asOf(later, "2026-06-29 09:01").escalatedTo, "sup");
}

TEST_F(TestTicketService, AResponseInTimeKeepsTheTicketOffTheLateList) {
    const auto id = open(*admin, c1, "24h", "2026-06-28 09:00");
    TicketService tickets(*admin);
    auto responded =
        tickets.change(id, {TicketStep::Respond, {}, instant(*admin, "2026-06-28 11:00")});
    ASSERT_TRUE(responded.ok()) << responded.error().message;
    const TicketView v = asOf(id, "2026-06-29 10:00");
    EXPECT_FALSE(v.level.firstResponseLate);
    EXPECT_EQ(v.statusAsOf, "responded");
    EXPECT_EQ(v.escalatedTo, "");
    TicketFilter open;
    open.unresolvedOnly = true;
    EXPECT_EQ(tickets.list(open)->size(), 1u);
}

TEST_F(TestTicketService, ATicketGoesThroughEveryStepAndBack) {
    auto am1 = as("am1");
    const auto id = open(*am1, c1, "72h", "2026-06-29 09:00");
    TicketService tickets(*am1);
    EXPECT_FALSE(tickets.change(id, {TicketStep::Close, {}, {}}).ok()) << "resolve before closing";
    auto am1Id = UserService(*admin).idOf("am1");
    ASSERT_TRUE(tickets.change(id, {TicketStep::Assign, *am1Id, {}}).ok());
    ASSERT_TRUE(tickets.change(id, {TicketStep::Resolve, {}, {}}).ok());
    EXPECT_FALSE(tickets.recordSatisfaction(id, 4, {}).ok()) << "the check follows the closing";
    ASSERT_TRUE(tickets.change(id, {TicketStep::Close, {}, {}}).ok());
    auto csat = tickets.recordSatisfaction(id, 4, std::string("Quick and friendly"));
    ASSERT_TRUE(csat.ok()) << csat.error().message;
    EXPECT_EQ(count(*admin, "SELECT ticket_id FROM survey_responses WHERE csat = 4"), id);
    EXPECT_FALSE(tickets.recordSatisfaction(id, 6, {}).ok());
    auto reopened = tickets.change(id, {TicketStep::Reopen, {}, {}});
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->row.record.status, "assigned");
    EXPECT_FALSE(reopened->row.record.resolvedAt.has_value());
}

TEST_F(TestTicketService, BadTicketsAreRefusedWithTheReason) {
    TicketDraft d;
    d.customerId = c1;
    d.category = "weather";
    d.level = "24h";
    d.subject = "Rain";
    auto bad = TicketService(*admin).open(d);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("not a ticket category"), std::string::npos);
    d.category = "other";
    d.level = "48h";
    EXPECT_NE(TicketService(*admin).open(d).error().message.find("not an escalation level"),
              std::string::npos);
    d.level = "24h";
    d.at = instant(*admin, "2026-06-30 11:00");
    EXPECT_NE(TicketService(*admin).open(d).error().message.find("in the future"),
              std::string::npos);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets"), 0);
}

TEST_F(TestTicketService, ATicketNamesWhereOnTheJourneyItArose) {
    TicketDraft d;
    d.customerId = c1;
    d.category = "delivery";
    d.level = "24h";
    d.subject = "Late parcel";
    d.touchpoint = "order PLACEMENT";
    auto id = TicketService(*admin).open(d);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets t JOIN touchpoints p ON p.id = "
                            "t.touchpoint_id WHERE p.name = 'Order placement'"),
              1);
    d.touchpoint = "Carrier pigeon";
    auto unknown = TicketService(*admin).open(d);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("no touchpoint named"), std::string::npos);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets"), 1);
}

TEST_F(TestTicketService, AccountManagersSeeAndWorkOnlyTheirCustomersTickets) {
    const auto foreign = open(*admin, c3, "24h", "2026-06-29 09:00");
    auto am1 = as("am1");
    EXPECT_EQ(TicketService(*am1).change(foreign, {TicketStep::Respond, {}, {}}).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(TicketService(*am1).list({})->empty());
    auto ana = as("ana");
    EXPECT_EQ(TicketService(*ana).list({})->size(), 1u);
    EXPECT_EQ(TicketService(*ana).change(foreign, {TicketStep::Respond, {}, {}}).error().code,
              ErrorCode::PermissionDenied);
}
