// tessera-cli quality through the real process: the JSON document's shape
// and figures against direct counts (support/QualityCounts.h), on a file
// imported with known gaps and on a demo database; the incomplete list
// (scoped, limited, masked for analysts); and the refusals.
//
//   The file: K1 complete (am1); K2 no industry, no tags (am1); K3 a person
//   "Wang Fang", no phone or email, no consent (am2); K4 no owner, no
//   industry, only a contact's email; K5 no region (am3). 5 customers:
//   industry 3, region 4, owner 4, phone or email 4, consent 4, tags 4.

#include "cli/CliDatabaseFixture.h"
#include "support/QualityCounts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace tessera;
using test::runCli;

namespace {

class TestQualityCommand : public test::CliDatabaseFixture {
protected:
    void importGaps() {
        const std::string file = write(
            "c.csv", "code,name,kind,industry,region,channel,owner,phone,consent_channels,tags,"
                     "contact_name,contact_email\n"
                     "K1,Kappa Trading,company,Retail,East,web,am1,13800000001,email,vip,,\n"
                     "K2,Kilo Foods,company,,East,web,am1,13800000002,email,,,\n"
                     "K3,Wang Fang,person,Retail,North,store,am2,,,vip,,\n"
                     "K4,Kite Works,company,,South,web,,,phone,vip,Li Lei,li@kite.example\n"
                     "K5,Karst Mining,company,Mining,,referral,am3,13800000005,email,vip,,\n");
        auto run = cli("admin", {"import", "customers", "--file", QString::fromStdString(file)});
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }

    static QJsonObject field(const QJsonObject& figures, const QString& key) {
        if (key == QLatin1String("tags"))
            return figures["tags"].toObject();
        for (const auto& f : figures["fields"].toArray())
            if (f.toObject()["field"].toString() == key)
                return f.toObject();
        ADD_FAILURE() << "no field " << key.toStdString();
        return {};
    }

    // Every figure of the document (overall and each owner's) against the direct count.
    static void expectDirectCounts(const QJsonObject& doc, const std::string& path) {
        auto db = storage::Database::open(test::locationAs(path, "admin"));
        ASSERT_TRUE(db.ok()) << db.error().message;
        EXPECT_EQ(doc["customers"].toInteger(), test::directQualityCount(**db, {}));
        for (const auto& [key, missing] : test::qualityMissingConditions()) {
            const QJsonObject f = field(doc, QString::fromStdString(key));
            EXPECT_EQ(f["filled"].toInteger(), test::directQualityCount(**db, key)) << key;
            EXPECT_EQ(f["filled"].toInteger() + f["missing"].toInteger(),
                      doc["customers"].toInteger());
            EXPECT_DOUBLE_EQ(f["share"].toDouble(), static_cast<double>(f["filled"].toInteger()) /
                                                        doc["customers"].toDouble());
            for (const auto& o : doc["by_owner"].toArray()) {
                const QJsonObject owner = o.toObject();
                const std::string name =
                    owner["owner"].isNull() ? "-" : owner["owner"].toString().toStdString();
                EXPECT_EQ(owner["customers"].toInteger(), test::directQualityCount(**db, {}, name));
                EXPECT_EQ(field(owner, QString::fromStdString(key))["filled"].toInteger(),
                          test::directQualityCount(**db, key, name))
                    << key << " " << name;
            }
        }
    }

    static QStringList codes(const QJsonObject& doc) {
        QStringList out;
        for (const auto& c : doc["customers"].toArray())
            out << c.toObject()["code"].toString();
        return out;
    }
};

TEST_F(TestQualityCommand, TheJsonDocumentHoldsEveryFigureAndEqualsTheDirectCounts) {
    importGaps();
    auto run = cli("admin", {"--json", "quality"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject doc = run.json().object();
    EXPECT_EQ(doc["customers"].toInt(), 5);
    EXPECT_DOUBLE_EQ(doc["goals"].toObject()["key_fields"].toDouble(), 0.9);
    EXPECT_DOUBLE_EQ(doc["goals"].toObject()["tags"].toDouble(), 0.8);
    QStringList keys;
    for (const auto& f : doc["fields"].toArray())
        keys << f.toObject()["field"].toString();
    EXPECT_EQ(keys, (QStringList{"name", "type", "industry", "region", "channel", "owner",
                                 "phone_or_email", "consent"}));
    const QJsonObject industry = field(doc, "industry");
    EXPECT_EQ(industry["filled"].toInt(), 3);
    EXPECT_EQ(industry["missing"].toInt(), 2);
    EXPECT_DOUBLE_EQ(industry["share"].toDouble(), 0.6);
    EXPECT_EQ(industry["meets_goal"].toBool(true), false);
    EXPECT_EQ(field(doc, "name")["meets_goal"].toBool(false), true);
    EXPECT_EQ(field(doc, "phone_or_email")["filled"].toInt(), 4); // K4 by its contact's email
    EXPECT_EQ(field(doc, "consent")["filled"].toInt(), 4);
    const QJsonObject tags = doc["tags"].toObject();
    EXPECT_EQ(tags["filled"].toInt(), 4);
    EXPECT_DOUBLE_EQ(tags["goal"].toDouble(), 0.8);
    EXPECT_EQ(tags["meets_goal"].toBool(false), true); // 0.8 is the goal: met
    const QJsonArray byOwner = doc["by_owner"].toArray();
    ASSERT_EQ(byOwner.size(), 4); // am1, am2, am3, no owner
    EXPECT_EQ(byOwner[0].toObject()["owner"].toString(), "am1");
    EXPECT_EQ(byOwner[0].toObject()["customers"].toInt(), 2);
    EXPECT_TRUE(byOwner[3].toObject()["owner"].isNull());
    EXPECT_EQ(byOwner[3].toObject()["customers"].toInt(), 1);
    expectDirectCounts(doc, db);

    // The summary says the same in words.
    auto text = cli("admin", {"quality"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Industry"), std::string::npos);
    EXPECT_NE(text.out.find("60.0%"), std::string::npos);
    EXPECT_NE(text.out.find("BELOW the goal"), std::string::npos);
}

TEST_F(TestQualityCommand, OnADemoDatabaseTheFiguresEqualTheDirectCounts) {
    const std::string demo = dir.path("demo.tessera");
    auto init =
        runCli({"--db", QString::fromStdString(demo), "init", "--demo", "400"}, test::kAdminEnv);
    ASSERT_EQ(init.exitCode, 0) << init.err;
    auto run =
        runCli({"--db", QString::fromStdString(demo), "--user", "admin", "--json", "quality"},
               test::kAdminEnv);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject doc = run.json().object();
    EXPECT_GT(doc["customers"].toInt(), 300);
    EXPECT_GE(doc["by_owner"].toArray().size(), 2);
    expectDirectCounts(doc, demo);
}

TEST_F(TestQualityCommand, TheIncompleteListNamesTheCustomersLackingTheField) {
    importGaps();
    auto run = cli("admin", {"--json", "quality", "--incomplete", "industry", "--limit", "50"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    QJsonObject doc = run.json().object();
    EXPECT_EQ(doc["field"].toString(), "industry");
    EXPECT_EQ(codes(doc), (QStringList{"K2", "K4"}));
    EXPECT_EQ(doc["customers"].toArray()[0].toObject()["name"].toString(), "Kilo Foods");
    EXPECT_EQ(doc["customers"].toArray()[0].toObject()["owner"].toString(), "am1");
    EXPECT_FALSE(doc["truncated"].toBool());

    run = cli("admin", {"--json", "quality", "--incomplete", "tags"});
    EXPECT_EQ(codes(run.json().object()), QStringList{"K2"});
    run = cli("admin", {"--json", "quality", "--incomplete", "owner"});
    EXPECT_EQ(codes(run.json().object()), QStringList{"K4"});
    EXPECT_TRUE(run.json().object()["customers"].toArray()[0].toObject()["owner"].isNull());
    run = cli("admin", {"--json", "quality", "--incomplete", "name"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(codes(run.json().object()).isEmpty());
    run = cli("ana", {"--json", "quality", "--owner", "am1", "--incomplete", "region"});
    EXPECT_TRUE(codes(run.json().object()).isEmpty());
    run = cli("admin", {"--json", "quality", "--incomplete", "kind"}); // the alias of type
    EXPECT_EQ(run.exitCode, 0) << run.err;

    // An analyst sees a person's name masked; a supervisor only their team.
    run = cli("ana", {"--json", "quality", "--incomplete", "consent"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    doc = run.json().object();
    ASSERT_EQ(codes(doc), QStringList{"K3"});
    EXPECT_NE(doc["customers"].toArray()[0].toObject()["name"].toString(), "Wang Fang");
    EXPECT_EQ(run.out.find("Wang Fang"), std::string::npos);
    run = cli("sup2", {"--json", "quality", "--incomplete", "region"});
    EXPECT_EQ(codes(run.json().object()), QStringList{"K5"});
    run = cli("sup", {"--json", "quality", "--incomplete", "region"});
    EXPECT_TRUE(codes(run.json().object()).isEmpty());
}

TEST_F(TestQualityCommand, ALimitBelowTheCountIsMarkedTruncatedAndScopesNarrow) {
    importGaps();
    // The first by code, and the document says there are more.
    auto run = cli("admin", {"--json", "quality", "--incomplete", "industry", "--limit", "1"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(codes(run.json().object()), QStringList{"K2"});
    EXPECT_TRUE(run.json().object()["truncated"].toBool());
    run = cli("admin", {"quality", "--incomplete", "industry", "--limit", "1"});
    EXPECT_NE(run.out.find("raise --limit"), std::string::npos);
    run = cli("admin", {"--json", "quality", "--incomplete", "industry", "--limit", "2"});
    EXPECT_FALSE(run.json().object()["truncated"].toBool());
    // One owner's or the unassigned customers alone.
    run = cli("admin", {"--json", "quality", "--unassigned"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.json().object()["customers"].toInt(), 1);
    run = cli("admin", {"--json", "quality", "--owner", "am1"});
    EXPECT_EQ(run.json().object()["customers"].toInt(), 2);
    EXPECT_EQ(run.json().object()["by_owner"].toArray().size(), 1);
}

TEST_F(TestQualityCommand, SupervisorsSeeTheirTeamAndAccountManagersAreRefused) {
    importGaps();
    auto run = cli("sup", {"--json", "quality"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    QJsonObject doc = run.json().object();
    EXPECT_EQ(doc["customers"].toInt(), 3); // am1's two, am2's one
    QStringList owners;
    for (const auto& o : doc["by_owner"].toArray())
        owners << o.toObject()["owner"].toString();
    EXPECT_EQ(owners, (QStringList{"am1", "am2"}));

    run = cli("sup", {"--json", "quality", "--owner", "am3"});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_NE(run.err.find("your own team"), std::string::npos);
    run = cli("sup", {"quality", "--unassigned"});
    EXPECT_EQ(run.exitCode, 4);
    run = cli("am1", {"--json", "quality"});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.out.empty());
    auto audit = cli("admin", {"--json", "audit"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    EXPECT_NE(audit.out.find("quality.read"), std::string::npos);
}

TEST_F(TestQualityCommand, BadOptionsAreRefusedBeforeSigningIn) {
    auto run = cli("admin", {"quality", "--incomplete", "colour"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("phone_or_email"), std::string::npos);
    run = cli("admin", {"quality", "--incomplete", "name", "--limit", "0"});
    EXPECT_EQ(run.exitCode, 2);
    run = cli("admin", {"quality", "--owner", "am1", "--unassigned"});
    EXPECT_EQ(run.exitCode, 2);
    run = cli("admin", {"quality", "--owner", "nobody"});
    EXPECT_EQ(run.exitCode, 2);
}

} // namespace
