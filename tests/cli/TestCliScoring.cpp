#include "cli/CliProcess.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

const std::map<QString, QString> kAdmin = {{"TESSERA_PASSWORD", test::kAdminPassword}};

class TestCliScoring : public ::testing::Test {
protected:
    void SetUp() override {
        db = QString::fromStdString(dir.path("scoring.tessera"));
        test::makeStandardDatabase(db.toStdString());
        auto imported = admin({"import", "transactions", "--file",
                               QString::fromStdString(test::dataFile("CDNOW_sample.txt")),
                               "--format", "cdnow", "--create-customers"});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }

    test::CliRun admin(QStringList args) {
        args << "--db" << QString::fromStdString(test::locationAs(db.toStdString(), "admin"))
             << "--user"
             << "admin";
        return runCli(args, kAdmin);
    }

    test::TempDir dir;
    QString db;
};

} // namespace

TEST_F(TestCliScoring, ClvPrintsTheFittedModelsAsJson) {
    auto run = admin({"clv", "--calibration-end", "1997-09-30", "--unit", "weeks", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject json = run.json().object();
    const QJsonObject bg = json["bgnbd"].toObject();
    const QJsonObject gg = json["gamma_gamma"].toObject();
    for (const char* key : {"r", "alpha", "a", "b", "log_likelihood", "customers"})
        EXPECT_TRUE(bg.contains(key)) << key;
    for (const char* key : {"p", "q", "v", "customers"})
        EXPECT_TRUE(gg.contains(key)) << key;
    EXPECT_NEAR(bg["r"].toDouble(), 0.243, 0.0012);
    EXPECT_NEAR(bg["log_likelihood"].toDouble(), -9582.4, 0.5);
    EXPECT_EQ(gg["customers"].toInteger(), 946);
    EXPECT_NEAR(gg["v"].toDouble(), 15.44, 0.154);
    // The published fit is sound: no warning, and standard errors near those
    // lifetimes reports for the same summary (0.0126, 0.378, 0.186, 0.705;
    // 1.19, 0.290, 4.16), each positive and smaller than its parameter.
    EXPECT_TRUE(bg["warnings"].isArray() && bg["warnings"].toArray().isEmpty());
    EXPECT_TRUE(gg["warnings"].isArray() && gg["warnings"].toArray().isEmpty());
    const std::map<QString, double> published = {{"r", 0.0126}, {"alpha", 0.378}, {"a", 0.186},
                                                 {"b", 0.705},  {"p", 1.19},      {"q", 0.290},
                                                 {"v", 4.16}};
    for (const auto& [name, se] : published) {
        const QJsonObject& model = name == "p" || name == "q" || name == "v" ? gg : bg;
        const double actual = model["standard_errors"].toObject()[name].toDouble(-1);
        EXPECT_NEAR(actual, se, 0.02 * se) << name.toStdString();
        EXPECT_GT(actual, 0.0) << name.toStdString();
        EXPECT_LT(actual, model[name].toDouble()) << name.toStdString();
    }
    auto bad = admin({"clv", "--calibration-end", "1997-13-40"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("1997-13-40"), std::string::npos);
}

TEST_F(TestCliScoring, ScoreThenCustomersGivesEveryScoreField) {
    auto scored = admin({"score", "--as-of", "1998-07-01", "--window", "all", "--json"});
    ASSERT_EQ(scored.exitCode, 0) << scored.err;
    EXPECT_EQ(scored.json().object()["customers"].toInteger(), 2357);
    auto listed =
        admin({"customers", "--json", "--tier", "Diamond", "--sort", "rfms", "--limit", "3"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const QJsonArray rows = listed.json().array();
    ASSERT_EQ(rows.size(), 3);
    for (const char* key :
         {"recency_days", "frequency", "monetary", "social", "score_r", "score_f", "score_m",
          "score_s", "rfms", "crmv", "segment", "tier", "p_alive", "expected_purchases", "clv"})
        EXPECT_TRUE(rows[0].toObject().contains(key)) << key;
    EXPECT_EQ(rows[0].toObject()["tier"].toString(), "Diamond");
    EXPECT_TRUE(rows[0].toObject()["crmv"].isNull()); // CDNOW has no surveys
    auto explained = admin({"customers", "--id", "00004", "--explain", "--json"});
    ASSERT_EQ(explained.exitCode, 0) << explained.err;
    EXPECT_GE(explained.json().object()["explanation"].toArray().size(), 10);
    auto badWindow = admin({"score", "--window", "-3"});
    EXPECT_EQ(badWindow.exitCode, 2);
}

TEST_F(TestCliScoring, ProfileVersionsAreSetShownAndListed) {
    auto set = admin({"profile", "set", "tiers.lambda=0.5", "window.days=180", "--reason",
                      "shorter window", "--json"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_EQ(set.json().object()["version"].toInteger(), 2);
    auto shown = admin({"profile", "show", "--version", "1", "--json"});
    EXPECT_EQ(shown.json().object()["settings"].toObject()["tiers"].toObject()["lambda"].toDouble(),
              0.6);
    auto history = admin({"profile", "history", "--json"});
    ASSERT_EQ(history.json().array().size(), 2);
    EXPECT_EQ(history.json().array()[0].toObject()["reason"].toString(), "shorter window");
    auto refused =
        runCli({"profile", "set", "tiers.lambda=0.1", "--reason", "x", "--db",
                QString::fromStdString(test::locationAs(db.toStdString(), "am1")), "--user", "am1"},
               {{"TESSERA_PASSWORD", test::kUserPassword}});
    EXPECT_EQ(refused.exitCode, 4);
    auto invalid = admin({"profile", "set", "tiers.lambda=2", "--reason", "too much"});
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_NE(invalid.err.find("lambda"), std::string::npos) << invalid.err;
}
