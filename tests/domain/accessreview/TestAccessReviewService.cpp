// The access review on the standard database (zone Asia/Shanghai) with the
// clock set to chosen wall-clock times: customers opened through
// CustomerService::open write the real audit rows the review counts.
//
//   am1  2026-06-30 07:59 A1, 10:00 A2, 10:05 A1  3 reads, 2 customers, out of hours once
//        2026-07-01 07:30 A1  (23:30 UTC on 06-30: a day of its own in the database's zone)
//        2026-07-04 11:00 A2  (a Saturday)
//   am2  2026-06-30 22:30 B1  out of hours; 14:00 tries A1 (am1's): refused
//   sup  2026-06-30 09:00..09:03 A1 A2 B1 A1  4 reads: bulk above a threshold of 3
//   ana  2026-06-30 11:00 A1  masked: no personal data, not in the review
//   admin exports every customer with phone and email at 15:00: 4 records in one export

#include "domain/accessreview/AccessReviewService.h"
#include "domain/customers/CustomerService.h"
#include "domain/scoring/ProfileService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "support/DayFixture.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestAccessReviewService : public test::DayFixture {
protected:
    void SetUp() override {
        DayFixture::SetUp();
        auto admin = as("admin");
        a1 = customer(*admin, "A1", "am1");
        a2 = customer(*admin, "A2", "am1");
        b1 = customer(*admin, "B1", "am2");
        c1 = customer(*admin, "C1", "am3");
        auto parameters = ProfileService(*admin).current().value().parameters;
        parameters.governance.bulkReadThreshold = 3;
        ASSERT_TRUE(ProfileService(*admin).save(parameters, "access review test").ok());
    }

    // Opens `customerId` as `ws`'s user at `when` (database wall clock).
    Status openAt(Workspace& ws, const char* when, std::int64_t customerId) {
        const std::int64_t at = instant(ws, when);
        ws.setClock([at] { return at; });
        auto view = CustomerService(ws).open(customerId);
        return view ? Status{} : Status(view.error());
    }

    void makeReads() {
        auto am1 = as("am1");
        for (auto [when, id] : {std::pair{"2026-06-30 07:59", a1},
                                {"2026-06-30 10:00", a2},
                                {"2026-06-30 10:05", a1},
                                {"2026-07-01 07:30", a1},
                                {"2026-07-04 11:00", a2}})
            ASSERT_TRUE(openAt(*am1, when, id).ok()) << when;
        auto am2 = as("am2");
        ASSERT_TRUE(openAt(*am2, "2026-06-30 22:30", b1).ok());
        ASSERT_FALSE(openAt(*am2, "2026-06-30 14:00", a1).ok());
        auto sup = as("sup");
        for (auto [when, id] : {std::pair{"2026-06-30 09:00", a1},
                                {"2026-06-30 09:01", a2},
                                {"2026-06-30 09:02", b1},
                                {"2026-06-30 09:03", a1}})
            ASSERT_TRUE(openAt(*sup, when, id).ok()) << when;
        auto ana = as("ana");
        ASSERT_TRUE(openAt(*ana, "2026-06-30 11:00", a1).ok());
        auto admin = as("admin", "2026-06-30 15:00");
        ASSERT_TRUE(admin->confirmIdentity(test::kAdminPassword).ok());
        ASSERT_EQ(CustomerService(*admin).exportCsv({}, dir.path("all.csv")).value(), 4);
    }

    static const AccessDay* find(const AccessReview& review, const std::string& user,
                                 const char* isoDay) {
        const auto day = Calendar::parseDay(isoDay).value();
        for (const AccessDay& d : review.days)
            if (d.username == user && d.day == day)
                return &d;
        return nullptr;
    }

    static bool has(const AccessDay& d, const char* flag) {
        const auto flags = d.flags();
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }

    static std::int32_t day(const char* iso) { return Calendar::parseDay(iso).value(); }

    // The review of `first` to `last` by the administrator, the day after the reads.
    AccessReview reviewed(const char* first, const char* last) {
        if (!admin)
            admin = as("admin", "2026-07-05 09:00");
        return AccessReviewService(*admin).review(day(first), day(last)).value();
    }

    std::unique_ptr<Workspace> admin; // the reviewer

    std::int64_t a1 = 0, a2 = 0, b1 = 0, c1 = 0;
};

} // namespace

TEST_F(TestAccessReviewService, CountsReadsPerUserAndDayWithFirstAndLast) {
    makeReads();
    const AccessReview review = reviewed("2026-06-30", "2026-07-04");
    EXPECT_EQ(review.settings.bulkReadThreshold, 3);

    const AccessDay* am1 = find(review, "am1", "2026-06-30");
    ASSERT_NE(am1, nullptr);
    EXPECT_EQ(am1->reads, 3);
    EXPECT_EQ(am1->opened, 3);
    EXPECT_EQ(am1->customers, 2);
    EXPECT_EQ(am1->exports, 0);
    EXPECT_EQ(admin->calendar().wallClock(am1->firstAt), "2026-06-30 07:59:00");
    EXPECT_EQ(admin->calendar().wallClock(am1->lastAt), "2026-06-30 10:05:00");
    EXPECT_EQ(am1->outOfHours, 1); // 07:59, before 08:00
    EXPECT_FALSE(am1->bulk);       // 3 reads: at the threshold, not above it
    EXPECT_EQ(am1->flags(), std::vector<std::string>{"out_of_hours"});

    const AccessDay* exporter = find(review, "admin", "2026-06-30");
    ASSERT_NE(exporter, nullptr);
    EXPECT_EQ(exporter->exports, 1);
    EXPECT_EQ(exporter->exportedRows, 4);
    EXPECT_EQ(exporter->reads, 4);
    EXPECT_EQ(exporter->customers, 0); // an export does not name its customers
    EXPECT_TRUE(exporter->bulk);

    // The analyst saw initials only: no personal data, no row.
    for (const AccessDay& d : review.days)
        EXPECT_NE(d.username, "ana");
    EXPECT_EQ(review.totalReads(), 3 + 1 + 1 + 1 + 4 + 4);
}

TEST_F(TestAccessReviewService, FlagsBulkReadsAboveTheProfileThreshold) {
    makeReads();
    const AccessReview review = reviewed("2026-06-30", "2026-06-30");
    const AccessDay* sup = find(review, "sup", "2026-06-30");
    ASSERT_NE(sup, nullptr);
    EXPECT_EQ(sup->reads, 4);
    EXPECT_EQ(sup->customers, 3);
    EXPECT_TRUE(sup->bulk);
    EXPECT_EQ(sup->flags(), std::vector<std::string>{"bulk"});
}

TEST_F(TestAccessReviewService, FlagsReadsOutOfHoursAndRefusedAttempts) {
    makeReads();
    const AccessReview review = reviewed("2026-06-30", "2026-06-30");
    const AccessDay* am2 = find(review, "am2", "2026-06-30");
    ASSERT_NE(am2, nullptr);
    EXPECT_EQ(am2->reads, 1);
    EXPECT_EQ(am2->refused, 1);    // am1's customer
    EXPECT_EQ(am2->outOfHours, 1); // 22:30; the refused try at 14:00 is within hours
    EXPECT_EQ(admin->calendar().wallClock(am2->firstAt), "2026-06-30 14:00:00");
    EXPECT_EQ(admin->calendar().wallClock(am2->lastAt), "2026-06-30 22:30:00");
    EXPECT_TRUE(has(*am2, "out_of_hours"));
    EXPECT_TRUE(has(*am2, "refused"));
    EXPECT_FALSE(has(*am2, "bulk"));
    EXPECT_FALSE(has(*am2, "weekend")); // a Tuesday
}

TEST_F(TestAccessReviewService, WorkingHoursComeFromTheProfile) {
    makeReads();
    admin = as("admin", "2026-07-05 09:00");
    auto parameters = ProfileService(*admin).current().value().parameters;
    parameters.governance.workingDayStartHour = 7;
    parameters.governance.workingDayEndHour = 23;
    ASSERT_TRUE(ProfileService(*admin).save(parameters, "longer day").ok());
    const AccessReview review = reviewed("2026-06-30", "2026-06-30");
    EXPECT_EQ(find(review, "am1", "2026-06-30")->outOfHours, 0);
    EXPECT_EQ(find(review, "am2", "2026-06-30")->outOfHours, 0);
}

TEST_F(TestAccessReviewService, DaysAreDaysInTheDatabaseZoneNotUtc) {
    makeReads();
    // 2026-07-01 07:30 in Shanghai is 2026-06-30 23:30 UTC.
    ASSERT_EQ(
        QDateTime::fromMSecsSinceEpoch(instant(*as("admin"), "2026-07-01 07:30"), QTimeZone::utc())
            .date(),
        QDate(2026, 6, 30));
    const AccessReview both = reviewed("2026-06-30", "2026-07-01");
    EXPECT_EQ(find(both, "am1", "2026-06-30")->reads, 3);
    const AccessDay* next = find(both, "am1", "2026-07-01");
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->reads, 1);
    EXPECT_EQ(next->outOfHours, 1);

    // A review of 07-01 alone has that read, of 06-30 alone does not.
    const AccessReview july = reviewed("2026-07-01", "2026-07-01");
    ASSERT_EQ(july.days.size(), 1u);
    EXPECT_EQ(july.days[0].username, "am1");
    const AccessReview june = reviewed("2026-06-30", "2026-06-30");
    EXPECT_EQ(find(june, "am1", "2026-07-01"), nullptr);
    EXPECT_EQ(find(june, "am1", "2026-06-30")->reads, 3);
}

TEST_F(TestAccessReviewService, FlagsWeekends) {
    makeReads();
    const AccessReview review = reviewed("2026-07-04", "2026-07-04");
    ASSERT_EQ(review.days.size(), 1u);
    const AccessDay& saturday = review.days[0];
    EXPECT_EQ(saturday.username, "am1");
    EXPECT_EQ(saturday.outOfHours, 0); // 11:00
    EXPECT_EQ(saturday.flags(), std::vector<std::string>{"weekend"});
}

TEST_F(TestAccessReviewService, TheReviewIsAuditedAndOnlyForAdministrators) {
    makeReads();
    for (const char* user : {"am1", "sup", "ana"}) {
        auto ws = as(user, "2026-07-05 09:00");
        auto review = AccessReviewService(*ws).review(day("2026-06-30"), day("2026-07-04"));
        ASSERT_FALSE(review.ok()) << user;
        EXPECT_EQ(review.error().code, ErrorCode::PermissionDenied) << user;
    }
    EXPECT_EQ(count(*as("admin"), "SELECT count(*) FROM audit_log WHERE action = 'audit.review' "
                                  "AND outcome = 'refused'"),
              3);
    auto ws = as("admin", "2026-07-05 09:00");
    ASSERT_TRUE(AccessReviewService(*ws).review(day("2026-06-30"), day("2026-07-04")).ok());
    EXPECT_EQ(count(*ws, "SELECT count(*) FROM audit_log WHERE action = 'audit.review' AND "
                         "outcome = 'ok' AND username = 'admin' AND detail LIKE "
                         "'2026-06-30..2026-07-04: %'"),
              1);
}

TEST_F(TestAccessReviewService, RefusesAPeriodThatEndsBeforeItStartsOrIsTooLong) {
    auto ws = as("admin");
    auto backwards = AccessReviewService(*ws).review(day("2026-07-01"), day("2026-06-30"));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(backwards.error().message.find("swap"), std::string::npos);
    auto tooLong = AccessReviewService(*ws).review(day("2025-01-01"), day("2026-06-30"));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::InvalidArgument);
}

TEST(TestAccessReviewServiceZones, ADayOfTwentyFiveHoursIsOneDay) {
    // New York leaves daylight saving time on 2026-11-01: 01:00 to 02:00 comes
    // twice and the day lasts 25 hours. Reads at 00:10 EDT, the second 01:30
    // (EST) and 23:50 EST are that one day; 00:10 EST is the next.
    test::TempDir dir;
    NewWorkspaceOptions options;
    options.adminPassword = test::kAdminPassword;
    options.timeZone = "America/New_York";
    auto ws = WorkspaceSetup::create(dir.path("ny.tessera"), options).value();
    storage::CustomerRecord record;
    record.code = "N1";
    record.name = "Nora Diaz";
    const std::int64_t id = CustomerService(*ws).create(record).value();
    auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    };
    for (std::int64_t at : {utc(1, 4, 10), utc(1, 6, 30), utc(2, 4, 50), utc(2, 5, 10)}) {
        ws->setClock([at] { return at; });
        ASSERT_TRUE(CustomerService(*ws).open(id).ok());
    }
    const auto first = Calendar::parseDay("2026-11-01").value();
    const AccessReview review = AccessReviewService(*ws).review(first, first + 1).value();
    ASSERT_EQ(review.days.size(), 2u);
    EXPECT_EQ(review.days[0].day, first);
    EXPECT_EQ(review.days[0].reads, 3);
    EXPECT_EQ(review.days[0].outOfHours, 3);
    EXPECT_EQ(ws->calendar().wallClock(review.days[0].lastAt), "2026-11-01 23:50:00");
    EXPECT_EQ(review.days[1].day, first + 1);
    EXPECT_EQ(review.days[1].reads, 1);
    EXPECT_TRUE(review.days[0].weekend); // a Sunday
}
