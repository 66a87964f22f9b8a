// The case (support/UniformPurchases.h), imported by the CLI: BG/NBD
// and Gamma-Gamma run off to fits without heterogeneity, and `clv` and
// `score` must say so.

#include "cli/CliDatabaseFixture.h"
#include "support/UniformPurchases.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tessera;

namespace {

class TestCliFitWarnings : public test::CliDatabaseFixture {
protected:
    void SetUp() override {
        CliDatabaseFixture::SetUp();
        const std::string file = dir.path("uniform_cdnow.txt");
        test::writeUniformCdnow(file);
        auto imported =
            cli("admin", {"import", "transactions", "--file", QString::fromStdString(file),
                          "--format", "cdnow", "--create-customers"});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }
};

} // namespace

TEST_F(TestCliFitWarnings, ClvWarnsOfAFitWithoutHeterogeneity) {
    auto run = cli("admin", {"clv", "--calibration-end", "1998-06-30", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const QJsonObject json = run.json().object();
    for (const char* model : {"bgnbd", "gamma_gamma"}) {
        const QJsonObject fit = json[model].toObject();
        const QJsonArray warnings = fit["warnings"].toArray();
        ASSERT_FALSE(warnings.isEmpty()) << model;
        EXPECT_TRUE(warnings[0].toString().contains("CLV")) << warnings[0].toString().toStdString();
        EXPECT_TRUE(fit["standard_errors"].isObject()) << model;
    }
    // Gamma-Gamma: every customer spends alike, so q runs away (the issue saw 1385707168).
    const QJsonObject gg = json["gamma_gamma"].toObject();
    EXPECT_GT(gg["q"].toDouble(), 100.0);
    EXPECT_TRUE(gg["warnings"].toArray()[0].toString().contains("parameter q"));
    auto text = cli("admin", {"clv", "--calibration-end", "1998-06-30"});
    EXPECT_NE(text.out.find("Warning: BG/NBD"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Warning: Gamma-Gamma"), std::string::npos) << text.out;
}

TEST_F(TestCliFitWarnings, ScorePrintsTheWarningAndTheRunKeepsIt) {
    auto scored = cli("admin", {"score", "--as-of", "1998-07-01", "--window", "all"});
    ASSERT_EQ(scored.exitCode, 0) << scored.err;
    EXPECT_NE(scored.out.find("Warning: "), std::string::npos) << scored.out;
    EXPECT_NE(scored.out.find("without heterogeneity"), std::string::npos) << scored.out;
    auto json = cli("admin", {"score", "--as-of", "1998-07-01", "--window", "all", "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const QJsonObject doc = json.json().object();
    EXPECT_FALSE(doc["lifetime_value_warnings"].toArray().isEmpty());
    const QJsonObject stored = doc["details"].toObject()["gamma_gamma"].toObject();
    ASSERT_FALSE(stored["warnings"].toArray().isEmpty());
    EXPECT_EQ(stored["warnings"].toArray()[0].toObject()["kind"].toString(), "shape_too_large");
}
