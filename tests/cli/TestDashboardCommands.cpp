// The dashboards' commands through the real tessera-cli process: a survey
// file of 40 responses built by hand gives exactly its NPS, CSAT and CES;
// a campaign's ROI and difference in differences on a hand-built set; a
// supervisor's breakdown by owner holds only their team, and reaching for
// another team is refused (exit 4) and audited.

#include "cli/CliDatabaseFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

class TestDashboardCommands : public test::CliDatabaseFixture {
protected:
    // 40 customers: S01-S30 of am1 (sup's team), S31-S40 of am3 (sup2's).
    void importCustomers() {
        QByteArray csv = "code,name,owner\n";
        for (int i = 1; i <= 40; ++i)
            csv += QStringLiteral("S%1,Survey Co %1,%2\n")
                       .arg(i, 2, 10, QChar('0'))
                       .arg(i <= 30 ? "am1" : "am3")
                       .toUtf8();
        ASSERT_EQ(cli("admin", {"import", "customers", "--file",
                                QString::fromStdString(write("c.csv", csv))})
                      .exitCode,
                  0);
    }
};

TEST_F(TestDashboardCommands, FortyHandBuiltResponsesGiveExactlyTheirNpsCsatAndCes) {
    importCustomers();
    // NPS: 16 promoters (8 x 10, 8 x 9), 14 passives, 10 detractors: 100 x 6/40 = 15.
    // CSAT: 12 fives and 14 fours of 40: 26/40 = 0.65. CES: 128/40 = 3.2.
    const int nps[] = {10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 9, 9, 9, 9, 9, 8, 8, 8, 8,
                       8,  8,  8,  7,  7,  7,  7,  7,  7, 7, 6, 6, 6, 6, 3, 3, 3, 0, 0, 0};
    const int csat[] = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4,
                        4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1};
    const int ces[] = {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3,
                       3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 7, 7, 7};
    QByteArray csv = "customer,date,nps,csat,ces\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("S%1,2026-10-%2,%3,%4,%5\n")
                   .arg(i + 1, 2, 10, QChar('0'))
                   .arg(i % 28 + 1, 2, 10, QChar('0'))
                   .arg(nps[i])
                   .arg(csat[i])
                   .arg(ces[i])
                   .toUtf8();
    ASSERT_EQ(
        cli("admin", {"import", "surveys", "--file", QString::fromStdString(write("s.csv", csv))})
            .exitCode,
        0);
    const auto run = cli("admin", {"kpi", "--period", "2026-10", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject kpi = run.json().object();
    EXPECT_EQ(kpi["nps"].toDouble(), 15.0);
    EXPECT_EQ(kpi["csat"].toDouble(), 0.65);
    EXPECT_EQ(kpi["ces"].toDouble(), 3.2);
    EXPECT_EQ(kpi["responses"].toInt(), 40);
    EXPECT_LT(kpi["nps_ci_low"].toDouble(), 15.0);
    EXPECT_GT(kpi["nps_ci_high"].toDouble(), 15.0);
    for (const char* key : {"retention_rate", "churn_rate", "repurchase_rate",
                            "first_response_hours_median", "resolution_rate"})
        EXPECT_TRUE(kpi[key].isNull()) << key; // nothing to measure, not 0
    EXPECT_EQ(kpi["revenue"].toDouble(), 0.0);
    EXPECT_EQ(kpi["complaints"].toInt(), 0);
    // A quarter holds the month; another quarter holds nothing.
    EXPECT_EQ(cli("admin", {"kpi", "--period", "2026Q4", "--json"}).json()["nps"].toDouble(), 15.0);
    EXPECT_TRUE(cli("admin", {"kpi", "--period", "2026Q3", "--json"}).json()["nps"].isNull());
}

TEST_F(TestDashboardCommands, ASupervisorsBreakdownByOwnerListsOnlyTheirTeam) {
    importCustomers();
    for (const char* code : {"S01", "S31"})
        ASSERT_EQ(cli("admin",
                      {"surveys", "add", "--customer", code, "--nps", "9", "--day", "2026-10-05"})
                      .exitCode,
                  0);
    const auto sup = cli("sup", {"kpi", "--period", "2026Q4", "--by", "owner", "--json"});
    ASSERT_EQ(sup.exitCode, 0) << sup.err;
    const QJsonArray groups = sup.json()["groups"].toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].toObject()["key"].toString(), "am1");
    EXPECT_EQ(sup.json()["responses"].toInt(), 1);
    const auto admin = cli("admin", {"kpi", "--period", "2026Q4", "--by", "owner", "--json"});
    EXPECT_EQ(admin.json()["groups"].toArray().size(), 2);
    // Another team's figures and customers are refused and audited.
    const auto team = cli("sup", {"kpi", "--period", "2026Q4", "--team", "sup2"});
    EXPECT_EQ(team.exitCode, 4);
    EXPECT_NE(team.err.find("own team"), std::string::npos);
    EXPECT_EQ(cli("sup", {"kpi", "--period", "2026Q4", "--owner", "am3"}).exitCode, 4);
    EXPECT_EQ(cli("sup", {"customers", "--id", "S31"}).exitCode, 4);
    const auto audit = cli("admin", {"audit", "--json"});
    int refused = 0;
    for (const auto& row : audit.json().array()) {
        const QJsonObject o = row.toObject();
        refused += o["outcome"].toString() == "refused" && o["user"].toString() == "sup";
    }
    EXPECT_EQ(refused, 3);
}

TEST_F(TestDashboardCommands, CampaignRoiAndDifferenceInDifferencesOnAHandBuiltSet) {
    // T1, T2 targeted; N1, N2 not. Revenue in the 30 days before / during:
    // T1 100 -> 300, T2 0 -> 100, N1 50 -> 100, N2 100 -> 50.
    ASSERT_EQ(cli("admin", {"import", "customers", "--file",
                            QString::fromStdString(write("c.csv", "code,name,owner\nT1,T1,am1\n"
                                                                  "T2,T2,am1\nN1,N1,am2\n"
                                                                  "N2,N2,am2\n"))})
                  .exitCode,
              0);
    const std::string tx = write("t.csv", "customer,date,amount\n"
                                          "T1,2026-08-10,100\nT1,2026-09-10,300\n"
                                          "T2,2026-09-20,100\n"
                                          "N1,2026-08-05,50\nN1,2026-09-05,100\n"
                                          "N2,2026-08-25,100\nN2,2026-09-25,50\n");
    ASSERT_EQ(
        cli("admin", {"import", "transactions", "--file", QString::fromStdString(tx)}).exitCode, 0);
    const std::string list = write("targets.txt", "T1\nT2\n");
    const auto add =
        cli("sup", {"campaigns", "add", "--name", "Autumn", "--cost", "100", "--from", "2026-09-01",
                    "--to", "2026-09-30", "--customers", QString::fromStdString(list), "--json"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    const int id = add.json()["id"].toInt();
    EXPECT_EQ(add.json()["customers"].toInt(), 2);
    const auto roi = cli("sup", {"campaigns", "roi", QString::number(id), "--json"});
    ASSERT_EQ(roi.exitCode, 0) << roi.err;
    const QJsonObject r = roi.json().object();
    // Attributable: (300 + 100) - (100 + 0) = 300; ROI (300 - 100) / 100 = 2.
    EXPECT_EQ(r["cost"].toDouble(), 100.0);
    EXPECT_EQ(r["attributable_revenue"].toDouble(), 300.0);
    EXPECT_EQ(r["roi"].toDouble(), 2.0);
    // DiD: treated mean (200 + 100) / 2 = 150; comparison (50 - 50) / 2 = 0.
    EXPECT_EQ(r["did_uplift"].toDouble(), 150.0);
    EXPECT_LT(r["did_ci_low"].toDouble(), 150.0);
    EXPECT_GT(r["did_ci_high"].toDouble(), 150.0);
    EXPECT_EQ(cli("am1", {"campaigns", "roi", QString::number(id)}).exitCode, 4);
    const auto bad = cli("sup", {"campaigns", "add", "--name", "X", "--cost", "1", "--from",
                                 "2026-09-30", "--to", "2026-09-01", "--tier", "Gold"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(cli("admin", {"campaigns", "list", "--json"}).json().array().size(), 1);
}

TEST_F(TestDashboardCommands, TargetsAndAlertsAndBadInput) {
    EXPECT_EQ(
        cli("sup", {"targets", "set", "csat", "--period", "2026Q4", "--value", "0.9"}).exitCode, 0);
    EXPECT_EQ(
        cli("sup", {"targets", "set", "csat", "--period", "2026Q4", "--value", "90"}).exitCode, 2);
    EXPECT_EQ(cli("am1", {"targets", "set", "nps", "--period", "2026Q4", "--value", "30"}).exitCode,
              4);
    const auto list = cli("ana", {"targets", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0);
    ASSERT_EQ(list.json().array().size(), 1);
    EXPECT_EQ(list.json().array()[0].toObject()["value"].toDouble(), 0.9);
    EXPECT_EQ(cli("admin", {"kpi", "--period", "2026Q5"}).exitCode, 2);
    EXPECT_EQ(cli("admin", {"kpi", "--period", "2026Q4", "--by", "planet"}).exitCode, 2);
    EXPECT_EQ(cli("admin", {"surveys", "add", "--customer", "NOPE", "--nps", "5"}).exitCode, 2);
}

} // namespace
