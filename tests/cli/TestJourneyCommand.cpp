// tessera-cli journey through the real process, on a database holding only
// an interaction file and a survey file built by hand: every touchpoint's
// volume, reach, satisfaction, complaint rate and priority as worked out
// below, the top three (with a tie), snapshots and their comparison, the
// stage editor, and the refusals.
//
//   Interactions, May 2026: C1 Advertising 05-01, Quotation 05-03 and 05-04;
//   C2 Advertising 05-02, Service hotline 05-06 (complaint); C3 Service
//   hotline 05-05 (complaint) and 05-07, Review and rating 05-08; C4 Website
//   visit 05-09. Nine interactions, four customers.
//   CSAT: Advertising 5 and 3 (mean 4), Quotation 4, Service hotline 1 and 2
//   (mean 1.5). Priorities: hotline (1 - 0.125) x 3/9 = 0.2917; Advertising
//   and Quotation (1 - 0.75) x 2/9 = 0.0556 each, a tie that journey order
//   breaks (Awareness before Evaluation).

#include "cli/CliDatabaseFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

class TestJourneyCommand : public test::CliDatabaseFixture {
protected:
    QString file(const char* name, const QByteArray& text) {
        return QString::fromStdString(write(name, text));
    }

    void importHandBuiltFiles() {
        ASSERT_EQ(
            cli("admin", {"import", "interactions", "--create-customers", "--file",
                          file("i.csv", "customer,date,channel,kind,touchpoint\n"
                                        "C1,2026-05-01 10:00,social,message,Advertising\n"
                                        "C1,2026-05-03 10:00,email,email,Quotation\n"
                                        "C1,2026-05-04 10:00,phone,call,Quotation\n"
                                        "C2,2026-05-02 10:00,social,message,Advertising\n"
                                        "C2,2026-05-06 10:00,phone,complaint,Service hotline\n"
                                        "C3,2026-05-05 10:00,phone,complaint,Service hotline\n"
                                        "C3,2026-05-07 10:00,phone,call,Service hotline\n"
                                        "C3,2026-05-08 10:00,social,review,Review and rating\n"
                                        "C4,2026-05-09 10:00,web,message,Website visit\n")})
                .exitCode,
            0);
        ASSERT_EQ(cli("admin", {"import", "surveys", "--file",
                                file("s.csv", "customer,date,csat,touchpoint\n"
                                              "C1,2026-05-02,5,Advertising\n"
                                              "C2,2026-05-03,3,Advertising\n"
                                              "C1,2026-05-05,4,Quotation\n"
                                              "C2,2026-05-07,1,Service hotline\n"
                                              "C3,2026-05-08,2,Service hotline\n")})
                      .exitCode,
                  0);
    }

    static QJsonObject touchpoint(const QJsonObject& map, const QString& name) {
        for (const auto& stage : map["stages"].toArray())
            for (const auto& t : stage.toObject()["touchpoints"].toArray())
                if (t.toObject()["name"].toString() == name)
                    return t.toObject();
        ADD_FAILURE() << "no touchpoint " << name.toStdString();
        return {};
    }
};

TEST_F(TestJourneyCommand, HandBuiltFilesGiveExactlyTheHandComputedMap) {
    importHandBuiltFiles();
    auto run = cli("admin", {"--json", "journey", "--period", "2026-05"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject map = run.json().object();
    EXPECT_EQ(map["customers"].toInt(), 4);
    EXPECT_EQ(map["interactions"].toInt(), 9);

    const QJsonObject hotline = touchpoint(map, "Service hotline");
    EXPECT_EQ(hotline["volume"].toInt(), 3);
    EXPECT_DOUBLE_EQ(hotline["volume_share"].toDouble(), 3.0 / 9.0);
    EXPECT_DOUBLE_EQ(hotline["reach"].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(hotline["satisfaction"].toDouble(), 1.5);
    EXPECT_EQ(hotline["complaints"].toInt(), 2);
    EXPECT_DOUBLE_EQ(hotline["complaint_rate"].toDouble(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(hotline["priority"].toDouble(), 0.875 * 3.0 / 9.0);
    EXPECT_TRUE(hotline["top3"].toBool());
    EXPECT_EQ(hotline["rank"].toInt(), 1);
    EXPECT_TRUE(hotline["pain_point"].toBool());

    const QJsonObject advertising = touchpoint(map, "Advertising");
    EXPECT_EQ(advertising["volume"].toInt(), 2);
    EXPECT_DOUBLE_EQ(advertising["reach"].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(advertising["satisfaction"].toDouble(), 4.0);
    EXPECT_DOUBLE_EQ(advertising["complaint_rate"].toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(advertising["priority"].toDouble(), 0.25 * 2.0 / 9.0);
    EXPECT_EQ(advertising["rank"].toInt(), 2);

    const QJsonObject quotation = touchpoint(map, "Quotation");
    EXPECT_DOUBLE_EQ(quotation["reach"].toDouble(), 0.25);
    EXPECT_DOUBLE_EQ(quotation["priority"].toDouble(), 0.25 * 2.0 / 9.0);
    EXPECT_EQ(quotation["rank"].toInt(), 3);

    const QJsonObject website = touchpoint(map, "Website visit");
    EXPECT_EQ(website["volume"].toInt(), 1);
    EXPECT_TRUE(website["satisfaction"].isNull());
    EXPECT_TRUE(website["priority"].isNull());
    EXPECT_FALSE(website["top3"].toBool());
    EXPECT_TRUE(touchpoint(map, "Order placement")["complaint_rate"].isNull());

    // Paths: C1 Awareness > Evaluation, C2 Awareness > After-sales, C3
    // After-sales > Referral, C4 Awareness.
    const QJsonArray paths = map["paths"].toArray();
    ASSERT_EQ(paths.size(), 4);
    for (const auto& p : paths) {
        EXPECT_EQ(p.toObject()["customers"].toInt(), 1);
        EXPECT_DOUBLE_EQ(p.toObject()["churn_share"].toDouble(), 0.0);
    }
    const QJsonObject first = map["dropoffs"].toArray()[0].toObject();
    EXPECT_EQ(first["reached"].toInt(), 3);
    EXPECT_EQ(first["continued"].toInt(), 1);
}

TEST_F(TestJourneyCommand, SnapshotsSaveListAndCompare) {
    importHandBuiltFiles();
    ASSERT_EQ(
        cli("admin", {"journey", "snapshot", "--period", "2026-04", "--name", "April"}).exitCode,
        0);
    ASSERT_EQ(
        cli("admin", {"journey", "snapshot", "--period", "2026-05", "--name", "May"}).exitCode, 0);
    auto again = cli("admin", {"journey", "snapshot", "--period", "2026-05", "--name", "May"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("already"), std::string::npos);

    auto list = cli("admin", {"--json", "journey", "snapshots"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_EQ(list.json().object()["snapshots"].toArray().size(), 2);

    auto compare = cli("admin", {"--json", "journey", "compare", "April", "May"});
    ASSERT_EQ(compare.exitCode, 0) << compare.err;
    for (const auto& row : compare.json().object()["touchpoints"].toArray()) {
        const QJsonObject r = row.toObject();
        if (r["touchpoint"].toString() != "Service hotline")
            continue;
        EXPECT_EQ(r["before"].toObject()["volume"].toInt(), 0);
        EXPECT_EQ(r["after"].toObject()["volume"].toInt(), 3);
        EXPECT_DOUBLE_EQ(r["change"].toObject()["volume"].toDouble(), 3.0);
        EXPECT_TRUE(r["change"].toObject()["satisfaction"].isNull()); // none in April
        return;
    }
    ADD_FAILURE() << "no Service hotline row";
}

TEST_F(TestJourneyCommand, SupervisorsEditTheStagesAccountManagersMayNot) {
    ASSERT_EQ(cli("sup", {"journey", "stages", "add", "Loyalty", "--position", "2"}).exitCode, 0);
    ASSERT_EQ(
        cli("sup", {"journey", "touchpoints", "add", "--stage", "Loyalty", "Member day"}).exitCode,
        0);
    ASSERT_EQ(cli("sup", {"journey", "stages", "retire", "Referral"}).exitCode, 0);
    auto refused = cli("am1", {"journey", "stages", "rename", "Use", "Usage"});
    EXPECT_EQ(refused.exitCode, 4);
    auto list = cli("am1", {"--json", "journey", "stages", "list"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    const QJsonArray stages = list.json().object()["stages"].toArray();
    ASSERT_EQ(stages.size(), 6);
    EXPECT_EQ(stages[1].toObject()["name"].toString(), "Loyalty");
    EXPECT_EQ(stages[1].toObject()["touchpoints"].toArray()[0].toObject()["name"].toString(),
              "Member day");
    EXPECT_TRUE(stages[5].toObject()["retired"].toBool());
    EXPECT_EQ(stages[2].toObject()["name"].toString(), "Evaluation and purchase");
}

TEST_F(TestJourneyCommand, BadInputAndAnotherPortfolioAreRefusedClearly) {
    auto noPeriod = cli("admin", {"journey"});
    EXPECT_EQ(noPeriod.exitCode, 2);
    EXPECT_NE(noPeriod.err.find("--period"), std::string::npos);
    EXPECT_EQ(cli("admin", {"journey", "--period", "2026Q5"}).exitCode, 2);
    EXPECT_EQ(cli("admin", {"journey", "--period", "2026Q1", "--tier", "Tin"}).exitCode, 2);
    EXPECT_EQ(cli("am1", {"journey", "--period", "2026Q1", "--owner", "am3"}).exitCode, 4);
    EXPECT_EQ(cli("sup", {"journey", "--period", "2026Q1", "--team", "sup2"}).exitCode, 4);
    EXPECT_EQ(cli("admin", {"journey", "compare", "A", "B"}).exitCode, 2);
}

} // namespace
