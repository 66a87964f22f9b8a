// import tickets: good rows become tickets with the status their times say,
// bad rows are rejected with their reason, unknown customers and users too.

#include "domain/import/ImportService.h"
#include "domain/tickets/TicketService.h"
#include "support/DayFixture.h"

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestTicketImport : public test::DayFixture {
protected:
    Result<ImportReport> importTickets(Workspace& ws, const std::string& csv) {
        const std::string path = dir.path("tickets.csv");
        test::writeFile(path, csv);
        ImportRequest r;
        r.kind = ImportKind::Tickets;
        r.path = path;
        return ImportService(ws).run(r);
    }
};

} // namespace

TEST_F(TestTicketImport, LoadsGoodRowsWithTheirStatusAndRejectsTheRest) {
    auto admin = as("admin");
    customer(*admin, "C1", "am1");
    const std::string csv =
        "customer,opened,category,level,subject,assignee,first_response,resolved,closed\n"
        "C1,2026-06-20 09:00,billing,24h,Charged twice,am1,2026-06-20 10:00,2026-06-21 09:00,"
        "2026-06-22 09:00\n"                                              // closed
        "C1,2026-06-29 09:00,delivery,immediate,Late,,,,\n"               // open
        "C1,2026-06-29 09:00,delivery,,Broken box,am1,,,\n"               // assigned, 72h
        "C1,2026-06-29 09:00,weather,24h,Rain,,,,\n"                      // bad category
        "C9,2026-06-29 09:00,other,24h,Who,,,,\n"                         // unknown customer
        "C1,2026-06-29 09:00,other,24h,Early,,2026-06-28 09:00,,\n"       // answered before opened
        "C1,2026-06-29 09:00,other,24h,Closed only,,,,2026-06-30 09:00\n" // closed, not resolved
        "C1,2026-07-29 09:00,other,24h,Future,,,,\n"                      // in the future
        "C1,2026-06-29 09:00,other,24h,Nobody,zz,,,\n";                   // unknown user
    auto report = importTickets(*admin, csv);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsLoaded, 3);
    EXPECT_EQ(report->rowsRejected, 6);
    const auto tickets = TicketService(*admin).list({}).value();
    ASSERT_EQ(tickets.size(), 3u);
    EXPECT_EQ(tickets[0].statusAsOf, "closed");
    EXPECT_EQ(tickets[0].row.assignee, "am1");
    EXPECT_EQ(tickets[1].row.record.status, "open");
    EXPECT_EQ(tickets[1].row.record.escalation, "immediate");
    EXPECT_EQ(tickets[2].row.record.status, "assigned");
    EXPECT_EQ(tickets[2].row.record.escalation, "72h");
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets WHERE import_id IS NOT NULL"), 3);
}

TEST_F(TestTicketImport, ATouchpointColumnPlacesTicketsOnTheJourney) {
    auto admin = as("admin");
    customer(*admin, "C1", "am1");
    auto report = importTickets(*admin, "customer,opened,category,subject,touchpoint\n"
                                        "C1,2026-06-20 09:00,delivery,Late,service hotline\n"
                                        "C1,2026-06-21 09:00,delivery,Lost,Pigeon post\n"
                                        "C1,2026-06-22 09:00,delivery,Slow,\n");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rowsLoaded, 2);
    EXPECT_EQ(report->rowsRejected, 1); // no such touchpoint
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets t JOIN touchpoints p ON p.id = "
                            "t.touchpoint_id WHERE p.name = 'Service hotline'"),
              1);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets WHERE touchpoint_id IS NULL"), 1);
}

TEST_F(TestTicketImport, AnAccountManagerMayNotImport) {
    auto admin = as("admin");
    customer(*admin, "C1", "am1");
    auto am1 = as("am1");
    auto refused = importTickets(*am1, "customer,opened,category,subject\nC1,2026-06-29,other,X\n");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM tickets"), 0);
}
