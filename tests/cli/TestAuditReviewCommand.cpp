// tessera-cli audit review through the real process. Reads are made in this
// process with the clock fixed (2026-06-30 in the database's zone,
// Asia/Shanghai), so their hours are known; one more is made by the CLI
// itself today, to show that a customer shown by `customers --id` counts.
//
//   am1  06-30 07:59 A1, 10:00 A2          2 reads, out of hours (07:59)
//   am2  06-30 22:30 B1, 14:00 tries A1    1 read, out of hours, 1 refused
//   sup  06-30 09:00..09:02 A1 A2 B1       3 reads: bulk above a threshold of 2

#include "cli/CliDatabaseFixture.h"
#include "domain/customers/CustomerService.h"
#include "domain/scoring/ProfileService.h"
#include "domain/workspace/Calendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;

namespace {

class TestAuditReviewCommand : public test::CliDatabaseFixture {
protected:
    void SetUp() override {
        CliDatabaseFixture::SetUp();
        auto admin = test::openAs(db, "admin");
        for (auto [code, owner] : {std::pair{"A1", "am1"}, {"A2", "am1"}, {"B1", "am2"}}) {
            auto stmt = admin->db().prepare(
                "INSERT INTO customers (code, name, owner_id, created_at, updated_at) VALUES "
                "(?1, ?1, (SELECT id FROM users WHERE username = ?2), 0, 0)");
            stmt->bind(1, code).bind(2, owner);
            ASSERT_TRUE(stmt->run().ok());
            ids[code] = admin->db().lastInsertRowId();
        }
        auto parameters = domain::ProfileService(*admin).current().value().parameters;
        parameters.governance.bulkReadThreshold = 2;
        ASSERT_TRUE(domain::ProfileService(*admin).save(parameters, "review test").ok());
    }

    bool openAt(const char* user, const char* when, const char* code) {
        auto ws = test::openAs(db, user);
        const QDateTime local = QDateTime::fromString(when, "yyyy-MM-dd HH:mm");
        const std::int64_t at =
            QDateTime(local.date(), local.time(), ws->calendar().timeZone()).toMSecsSinceEpoch();
        ws->setClock([at] { return at; });
        return domain::CustomerService(*ws).open(ids[code]).ok();
    }

    void makeReads() {
        ASSERT_TRUE(openAt("am1", "2026-06-30 07:59", "A1"));
        ASSERT_TRUE(openAt("am1", "2026-06-30 10:00", "A2"));
        ASSERT_TRUE(openAt("am2", "2026-06-30 22:30", "B1"));
        ASSERT_FALSE(openAt("am2", "2026-06-30 14:00", "A1"));
        ASSERT_TRUE(openAt("sup", "2026-06-30 09:00", "A1"));
        ASSERT_TRUE(openAt("sup", "2026-06-30 09:01", "A2"));
        ASSERT_TRUE(openAt("sup", "2026-06-30 09:02", "B1"));
    }

    static QJsonObject dayOf(const QJsonObject& review, const QString& user) {
        for (const QJsonValue& d : review["days"].toArray())
            if (d["user"].toString() == user)
                return d.toObject();
        return {};
    }

    std::int64_t count(const std::string& sql) {
        return test::openAs(db, "admin")->db().queryInt64(sql).value();
    }

    std::map<std::string, std::int64_t> ids;
};

} // namespace

TEST_F(TestAuditReviewCommand, JsonGivesReadsPerUserAndDayWithFlags) {
    makeReads();
    const auto run = cli(
        "admin", {"audit", "review", "--since", "2026-06-30", "--until", "2026-06-30", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject review = run.json().object();
    EXPECT_EQ(review["since"].toString(), "2026-06-30");
    EXPECT_EQ(review["until"].toString(), "2026-06-30");
    EXPECT_EQ(review["time_zone"].toString(), "Asia/Shanghai");
    EXPECT_EQ(review["bulk_read_threshold"].toInt(), 2);
    EXPECT_EQ(review["reads"].toInt(), 6);
    EXPECT_EQ(review["days"].toArray().size(), 3);
    EXPECT_EQ(review["flagged_days"].toInt(), 3);

    const QJsonObject am1 = dayOf(review, "am1");
    EXPECT_EQ(am1["day"].toString(), "2026-06-30");
    EXPECT_EQ(am1["reads"].toInt(), 2);
    EXPECT_EQ(am1["customers"].toInt(), 2);
    EXPECT_EQ(am1["first"].toString(), "2026-06-30T07:59:00+08:00");
    EXPECT_EQ(am1["last"].toString(), "2026-06-30T10:00:00+08:00");
    EXPECT_EQ(am1["flags"].toArray(), QJsonArray({"out_of_hours"}));

    const QJsonObject am2 = dayOf(review, "am2");
    EXPECT_EQ(am2["reads"].toInt(), 1);
    EXPECT_EQ(am2["refused"].toInt(), 1);
    EXPECT_EQ(am2["out_of_hours"].toInt(), 1);
    EXPECT_EQ(am2["flags"].toArray(), QJsonArray({"out_of_hours", "refused"}));

    const QJsonObject sup = dayOf(review, "sup");
    EXPECT_EQ(sup["reads"].toInt(), 3);
    EXPECT_EQ(sup["flags"].toArray(), QJsonArray({"bulk"}));

    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'audit.review' AND outcome = "
                    "'ok' AND detail = '2026-06-30..2026-06-30: 3 user-days, 3 flagged'"),
              1);
}

TEST_F(TestAuditReviewCommand, ADayBeforeHasNoneOfThem) {
    makeReads();
    const auto run = cli(
        "admin", {"audit", "review", "--since", "2026-06-29", "--until", "2026-06-29", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.json()["days"].toArray().isEmpty());
    EXPECT_EQ(run.json()["reads"].toInt(), 0);
}

TEST_F(TestAuditReviewCommand, UntilDefaultsToTodayAndCountsTheCliOwnReads) {
    const domain::Calendar shanghai("Asia/Shanghai");
    const QString before = domain::Calendar::isoDate(shanghai.today());
    ASSERT_EQ(cli("am1", {"customers", "--id", "A1"}).exitCode, 0);
    const auto run =
        cli("admin", {"audit", "review", "--since", before.toStdString().c_str(), "--json"});
    const QString after = domain::Calendar::isoDate(shanghai.today());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject review = run.json().object();
    EXPECT_TRUE(review["until"].toString() == before || review["until"].toString() == after);
    EXPECT_EQ(dayOf(review, "am1")["reads"].toInt(), 1);
    EXPECT_EQ(dayOf(review, "am1")["customers"].toInt(), 1);
}

TEST_F(TestAuditReviewCommand, HumanOutputNamesTheSettingsAndEachUserDay) {
    makeReads();
    const auto run =
        cli("admin", {"audit", "review", "--since", "2026-06-30", "--until", "2026-06-30"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Asia/Shanghai"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Bulk above 2 reads a day; working hours 8:00 to 20:00"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("2026-06-30  am2  1 read(s), 1 customer(s)"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("[out of hours, refused]"), std::string::npos) << run.out;
}

TEST_F(TestAuditReviewCommand, OthersAreRefusedAndAudited) {
    for (const char* user : {"am1", "sup", "ana"}) {
        const auto run = cli(user, {"audit", "review", "--since", "2026-06-30", "--json"});
        EXPECT_EQ(run.exitCode, 4) << user;
        EXPECT_NE(run.err.find("audit.review"), std::string::npos) << run.err;
    }
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'audit.review' AND outcome = "
                    "'refused'"),
              3);
}

TEST_F(TestAuditReviewCommand, BadDatesAreBadInput) {
    auto run = cli("admin", {"audit", "review", "--since", "2026-02-30", "--json"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--since"), std::string::npos) << run.err;
    run = cli("admin", {"audit", "review", "--since", "2026-07-01", "--until", "2026-06-30"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("swap"), std::string::npos) << run.err;
    run = cli("admin", {"audit", "review", "--json"});
    EXPECT_EQ(run.exitCode, 2) << run.err; // --since is required
}
