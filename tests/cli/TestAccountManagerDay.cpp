// The account manager's day through the real tessera-cli process: consent
// refusals, the over-contact confirmation, ticket service levels as of an
// instant, the loyalty ladder, follow-ups and warning handling. Times are
// computed from the database's calendar, so the tests pass at any hour.

#include "cli/CliProcess.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

class TestAccountManagerDay : public ::testing::Test {
protected:
    void SetUp() override {
        db = dir.path("day.tessera");
        test::makeStandardDatabase(db);
        auto ws = test::openAs(db, "admin");
        zone = ws->calendar().timeZone();
        auto stmt = ws->db().prepare(
            "INSERT INTO customers (code, name, owner_id, consent_channels, created_at, "
            "updated_at) VALUES ('C1', 'Acme', (SELECT id FROM users WHERE username = 'am1'), "
            "'phone,email', 0, 0)");
        ASSERT_TRUE(stmt.ok() && stmt->run().ok());
    }

    test::CliRun cli(const char* user, QStringList args) {
        args << "--db" << QString::fromStdString(test::locationAs(db, user)) << "--user" << user;
        return runCli(args,
                      {{"TESSERA_PASSWORD", std::string(user) == "admin" ? test::kAdminPassword
                                                                         : test::kUserPassword}});
    }

    // `hoursAgo` before now, as the database's wall clock, to the minute.
    QString ago(double hoursAgo) const {
        const QDateTime t = QDateTime::currentDateTime()
                                .addSecs(static_cast<qint64>(-hoursAgo * 3600))
                                .toTimeZone(zone);
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    // Wall-clock arithmetic, free of the machine's own zone.
    static QString later(const QString& at, int minutes) {
        const QDateTime local = QDateTime::fromString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
        return QDateTime(local.date(), local.time(), QTimeZone::utc())
            .addSecs(minutes * 60)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    std::int64_t interactions() {
        auto ws = test::openAs(db, "admin");
        return *ws->db().queryInt64("SELECT count(*) FROM interactions");
    }

    test::TempDir dir;
    std::string db;
    QTimeZone zone;
};

QJsonObject customerC1(const test::CliRun& run) {
    for (const auto& v : run.json().array())
        if (v.toObject()["code"].toString() == "C1")
            return v.toObject();
    return {};
}

} // namespace

TEST_F(TestAccountManagerDay, AWithdrawnChannelRefusesAnOutboundContactWithExit2) {
    auto withdrawn = cli("am1", {"customers", "consent", "--id", "C1", "--channel", "phone",
                                 "--withdraw", "--source", "phone call"});
    ASSERT_EQ(withdrawn.exitCode, 0) << withdrawn.err;
    auto refused = cli("am1", {"interactions", "add", "--customer", "C1", "--channel", "phone",
                               "--kind", "call", "--direction", "outbound"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("has not consented to be contacted by"), std::string::npos)
        << refused.err;
    EXPECT_EQ(interactions(), 0);
    auto history = cli("am1", {"customers", "consent", "--id", "C1", "--json"});
    ASSERT_EQ(history.exitCode, 0) << history.err;
    const QJsonObject consent = history.json().object();
    EXPECT_EQ(consent["channels"].toArray(), QJsonArray{"email"});
    const QJsonObject change = consent["history"].toArray()[0].toObject();
    EXPECT_EQ(change["channel"].toString(), "phone");
    EXPECT_FALSE(change["given"].toBool());
    EXPECT_EQ(change["by"].toString(), "am1");
    EXPECT_EQ(change["source"].toString(), "phone call");
}

TEST_F(TestAccountManagerDay, TheFourthOutboundContactNeedsConfirmationThenWarns) {
    const QStringList add = {"interactions", "add",    "--customer", "C1",          "--channel",
                             "email",        "--kind", "email",      "--direction", "outbound"};
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(cli("am1", add).exitCode, 0);
    auto fourth = cli("am1", add);
    EXPECT_EQ(fourth.exitCode, 2);
    EXPECT_NE(fourth.err.find("--confirm-over-contact"), std::string::npos) << fourth.err;
    EXPECT_EQ(interactions(), 3);
    auto confirmed = cli("am1", QStringList(add) << "--confirm-over-contact"
                                                 << "--json");
    ASSERT_EQ(confirmed.exitCode, 0) << confirmed.err;
    EXPECT_TRUE(confirmed.json().object()["over_contact"].toBool());
    auto warnings = cli("am1", {"warnings", "--kind", "over-contact", "--json"});
    ASSERT_EQ(warnings.exitCode, 0) << warnings.err;
    const QJsonArray list = warnings.json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject()["code"].toString(), "C1");

    // Acknowledged, it leaves the open list.
    const QString id = list[0].toObject()["id"].toString();
    auto ack = cli("am1", {"warnings", "ack", id});
    ASSERT_EQ(ack.exitCode, 0) << ack.err;
    EXPECT_TRUE(
        cli("am1", {"warnings", "--kind", "over-contact", "--json"}).json().array().isEmpty());
}

TEST_F(TestAccountManagerDay, A24hTicketWithoutResponseIsLateAndEscalatedAfter25Hours) {
    const QString t = ago(48);
    auto silent = cli("am1", {"tickets", "add", "--customer", "C1", "--category", "delivery",
                              "--level", "24h", "--subject", "Late delivery", "--at", t, "--json"});
    ASSERT_EQ(silent.exitCode, 0) << silent.err;
    auto answered =
        cli("am1", {"tickets", "add", "--customer", "C1", "--category", "billing", "--level", "24h",
                    "--subject", "Charged twice", "--at", t, "--json"});
    ASSERT_EQ(answered.exitCode, 0) << answered.err;
    const QString answeredId = QString::number(answered.json().object()["id"].toInteger());
    auto response = cli(
        "am1", {"tickets", "update", answeredId, "--status", "responded", "--at", later(t, 120)});
    ASSERT_EQ(response.exitCode, 0) << response.err;

    auto list = cli("sup", {"tickets", "list", "--as-of", later(t, 25 * 60), "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    const QJsonArray tickets = list.json().array();
    ASSERT_EQ(tickets.size(), 2);
    const QJsonObject late = tickets[0].toObject();
    EXPECT_EQ(late["subject"].toString(), "Late delivery");
    EXPECT_TRUE(late["first_response_late"].toBool());
    EXPECT_EQ(late["escalated_to"].toString(), "sup");
    for (const char* key : {"id", "customer", "status", "level", "opened_at", "first_response_due",
                            "resolution_due", "resolution_late"})
        EXPECT_TRUE(late.contains(key)) << key;
    const QJsonObject onTime = tickets[1].toObject();
    EXPECT_FALSE(onTime["first_response_late"].toBool());
    EXPECT_TRUE(onTime["escalated_to"].isNull());
    EXPECT_EQ(onTime["status"].toString(), "responded");
}

TEST_F(TestAccountManagerDay, ThreeInteractionsMoveTheLoyaltyStageToEvaluation) {
    auto before = cli("am1", {"customers", "--json"});
    ASSERT_EQ(before.exitCode, 0) << before.err;
    EXPECT_EQ(customerC1(before)["loyalty_stage"].toString(), "awareness");
    EXPECT_TRUE(customerC1(before).contains("health_score"));
    EXPECT_EQ(customerC1(before)["lifecycle_stage"].toString(), "potential");
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(cli("am1", {"interactions", "add", "--customer", "C1", "--channel", "wechat",
                              "--kind", "message", "--direction", "inbound"})
                      .exitCode,
                  0);
    auto after = cli("am1", {"customers", "--json"});
    EXPECT_EQ(customerC1(after)["loyalty_stage"].toString(), "evaluation");
    EXPECT_FALSE(customerC1(after)["health_score"].isNull());
}

TEST_F(TestAccountManagerDay, FollowUpsAreSetUpListedAndDone) {
    const QString tomorrow = ago(-24).left(10);
    auto added = cli("am1", {"followups", "add", "--customer", "C1", "--due", tomorrow, "--note",
                             "Send the quote", "--json"});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const QString id = QString::number(added.json().object()["id"].toInteger());
    auto list = cli("sup", {"followups", "list", "--json"});
    ASSERT_EQ(list.json().array().size(), 1);
    EXPECT_EQ(list.json().array()[0].toObject()["note"].toString(), "Send the quote");
    EXPECT_TRUE(cli("am1", {"followups", "list", "--overdue", "--json"}).json().array().isEmpty());
    ASSERT_EQ(cli("am1", {"followups", "done", id}).exitCode, 0);
    EXPECT_TRUE(cli("am1", {"followups", "list", "--json"}).json().array().isEmpty());
}

TEST_F(TestAccountManagerDay, AnAnalystIsRefusedWithExit4) {
    auto refused = cli("ana", {"interactions", "add", "--customer", "C1", "--channel", "wechat",
                               "--kind", "message", "--direction", "inbound"});
    EXPECT_EQ(refused.exitCode, 4) << refused.err;
    auto consent =
        cli("ana", {"customers", "consent", "--id", "C1", "--channel", "email", "--withdraw"});
    EXPECT_EQ(consent.exitCode, 4) << consent.err;
}
