#include "domain/customers/CustomerService.h"
#include "domain/import/ImportService.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoreExplainer.h"
#include "domain/scoring/ScoringService.h"
#include "domain/scoring/StandingService.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;

namespace {

class TestScoringService : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path("scoring.tessera");
        test::makeStandardDatabase(path);
        ws = test::openAs(path, "admin");
        ImportRequest request;
        request.kind = ImportKind::Transactions;
        request.path = test::dataFile("CDNOW_sample.txt");
        request.cdnowFormat = true;
        request.createCustomers = true;
        ASSERT_TRUE(ImportService(*ws).run(request).ok());
    }

    ScoringRunSummary score(std::optional<std::int64_t> profile = {}) {
        ScoringRequest request;
        request.asOfDay = Calendar::parseDay("1998-07-01");
        request.window = scoring::WindowSettings{true, 365};
        request.profileVersion = profile;
        auto summary = ScoringService(*ws).run(request);
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().message);
        return summary.ok() ? *summary : ScoringRunSummary{};
    }

    std::string scoresOf(std::int64_t runId) {
        return test::dumpQuery(ws->db(),
                               "SELECT customer_id, recency_days, frequency, monetary, "
                               "social, score_r, score_f, score_m, score_s, rfms, segment, "
                               "cluster, crmv, weight_rule, tier_score, tier, p_alive, "
                               "expected_purchases, clv FROM customer_scores WHERE run_id = " +
                                   std::to_string(runId) + " ORDER BY customer_id");
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_F(TestScoringService, StoresEveryCustomersResultsAndTheRunsParameters) {
    const ScoringRunSummary run = score();
    EXPECT_EQ(run.run.customers, 2357);
    std::int64_t total = 0;
    for (auto count : run.tierCounts)
        total += count;
    EXPECT_EQ(total, 2357);
    EXPECT_EQ(run.run.profileVersion, 1);
    EXPECT_FALSE(run.run.windowDays.has_value());
    EXPECT_TRUE(run.details.clvFitted);
    EXPECT_EQ(run.details.centroids.size(), 4u);
    EXPECT_EQ(ws->db().queryInt64("SELECT count(*) FROM customer_scores").value(), 2357);
    EXPECT_EQ(ws->db().queryInt64("SELECT count(*) FROM customer_scores WHERE clv IS NULL").value(),
              0);
    // The stored details read back as written.
    auto again = ScoringService(*ws).summary(run.run.id).value();
    EXPECT_EQ(again.tierCounts, run.tierCounts);
    EXPECT_DOUBLE_EQ(again.details.bgNbd.r, run.details.bgNbd.r);
}

TEST_F(TestScoringService, TwoRunsOnTheSameDataAndProfileStoreIdenticalResults) {
    const auto first = score();
    const auto second = score();
    ASSERT_NE(first.run.id, second.run.id);
    EXPECT_EQ(scoresOf(first.run.id), scoresOf(second.run.id));
}

TEST_F(TestScoringService, AChangedProfileIsANewVersionAndOldVersionsStayReadable) {
    ProfileService profiles(*ws);
    for (int i = 0; i < 6; ++i) {
        auto saved = profiles.edit({"tiers.lambda=0." + std::to_string(i + 2)},
                                   "trying lambda " + std::to_string(i));
        ASSERT_TRUE(saved.ok()) << saved.error().message;
        EXPECT_EQ(saved->version, i + 2);
    }
    auto history = profiles.history().value();
    ASSERT_EQ(history.size(), 7u);
    EXPECT_EQ(history.front().version, 7);
    EXPECT_EQ(history.front().author, "admin");
    EXPECT_DOUBLE_EQ(history.front().parameters.tiers.lambda, 0.7);
    EXPECT_DOUBLE_EQ(profiles.version(2).value().parameters.tiers.lambda, 0.2);
    EXPECT_DOUBLE_EQ(profiles.version(1).value().parameters.tiers.lambda, 0.6);
    // A run names the version it used, even an older one.
    EXPECT_EQ(score(3).run.profileVersion, 3);
    EXPECT_EQ(score().run.profileVersion, 7);
}

TEST_F(TestScoringService, ATierReportNamesTheRunAndProfileVersionBehindIt) {
    ASSERT_TRUE(ws->confirmIdentity(test::kAdminPassword).ok()); // unmasked export
    const std::string before = dir.path("unscored.csv");
    ASSERT_TRUE(CustomerService(*ws).exportCsv({}, before).ok());
    EXPECT_EQ(test::readFile(before).find("profile_version"), std::string::npos);

    ASSERT_TRUE(ProfileService(*ws).edit({"tiers.lambda=0.5"}, "more weight on CRMV").ok());
    const ScoringRunSummary run = score(2);
    PortfolioFilter diamonds;
    diamonds.tier = "Diamond";
    const std::string report = dir.path("diamonds.csv");
    auto exported = CustomerService(*ws).exportCsv(diamonds, report);
    ASSERT_TRUE(exported.ok()) << exported.error().message;
    EXPECT_EQ(*exported, run.tierCounts[0]);
    const std::string text = test::readFile(report);
    EXPECT_NE(text.find(",tier,rfm_code,segment,rfms,crmv,tier_score,clv,p_alive,scoring_run,"
                        "as_of,profile_version\r\n"),
              std::string::npos);
    // Every data row ends with the run, its as-of date and the profile version.
    const std::string suffix = "," + std::to_string(run.run.id) + ",1998-07-01,2\r\n";
    std::size_t rows = 0;
    for (std::size_t at = text.find("\r\n"); (at = text.find(suffix, at)) != std::string::npos;
         at += suffix.size())
        ++rows;
    EXPECT_EQ(static_cast<std::int64_t>(rows), *exported);
    EXPECT_NE(text.find(",Diamond,"), std::string::npos);
}

TEST_F(TestScoringService, ProfileEditsAreCheckedAndNeedAReason) {
    ProfileService profiles(*ws);
    EXPECT_EQ(profiles.edit({"tiers.lambda=0.5"}, "").error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(profiles.edit({"rfms_weights.recency=0.9"}, "x").error().message.find("sum"),
              std::string::npos);
    EXPECT_NE(profiles.edit({"tiers.gamma=1"}, "x").error().message.find("no setting"),
              std::string::npos);
    EXPECT_NE(profiles.edit({"window.days=many"}, "x").error().message.find("number"),
              std::string::npos);
    EXPECT_EQ(profiles.history().value().size(), 1u);
}

TEST_F(TestScoringService, OnlyAnalystsAndAdministratorsScoreOrEditProfiles) {
    auto manager = test::openAs(path, "am1");
    EXPECT_EQ(ScoringService(*manager).run({}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(ProfileService(*manager).edit({"tiers.lambda=0.5"}, "x").error().code,
              ErrorCode::PermissionDenied);
    auto analyst = test::openAs(path, "ana");
    EXPECT_TRUE(ProfileService(*analyst).edit({"tiers.lambda=0.5"}, "analyst tuning").ok());
}

TEST_F(TestScoringService, KeepsTierHistoryAndListsPromotionsAndDemotions) {
    const auto before = score();
    ASSERT_TRUE(ProfileService(*ws)
                    .edit({"rfms_weights.recency=0.7", "rfms_weights.frequency=0.1",
                           "rfms_weights.monetary=0.1", "rfms_weights.social=0.1"},
                          "recency matters most")
                    .ok());
    const auto after = score();
    auto changes = ScoringService(*ws).tierChanges(before.run.id, after.run.id).value();
    ASSERT_FALSE(changes.empty());
    const auto& change = changes.front();
    EXPECT_NE(change.fromTier, change.toTier);
    auto history = ScoringService(*ws).history(change.customerId).value();
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].score.tier, change.fromTier);
    EXPECT_EQ(history[1].score.tier, change.toTier);
}

TEST_F(TestScoringService, ExplainsACustomersNumbersStepByStep) {
    score();
    auto id = CustomerService(*ws).idForCode("00004").value();
    auto latest = ScoringService(*ws).latestScores(id).value();
    ASSERT_TRUE(latest.has_value());
    auto summary = ScoringService(*ws).summary(latest->run.id).value();
    auto profile = ProfileService(*ws).version(latest->run.profileVersion).value();
    const auto steps = ScoreExplainer::explain(*latest, summary.details, profile);
    std::string text;
    for (const auto& step : steps)
        text += step.key + ": " + step.text + "\n";
    // 00004 bought on 4 days, last on 1997-12-12: 201 days before the as-of date.
    EXPECT_NE(text.find("201 day"), std::string::npos) << text;
    EXPECT_NE(text.find("4 purchase days"), std::string::npos) << text;
    EXPECT_NE(text.find("RFM code " + std::to_string(latest->score.scoreR)), std::string::npos);
    EXPECT_NE(text.find("Tier " + latest->score.tier), std::string::npos) << text;
    EXPECT_NE(text.find("P(alive)"), std::string::npos) << text;
}

TEST_F(TestScoringService, ThePortfolioFiltersAndSortsByScores) {
    score();
    CustomerService customers(*ws);
    PortfolioFilter diamonds;
    diamonds.tier = "Diamond";
    const auto ids = customers.queryIds(diamonds).value();
    ASSERT_FALSE(ids.empty());
    for (const auto& row : customers.rows(ids).value())
        EXPECT_EQ(row.score->tier, "Diamond");
    PortfolioFilter byRfms;
    byRfms.sort = storage::PortfolioSort::Rfms;
    byRfms.limit = 50;
    const auto rows = customers.rows(customers.queryIds(byRfms).value()).value();
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows[i - 1].score->rfms, rows[i].score->rfms);
}

TEST_F(TestScoringService, ReproducesThePublishedCdnowFits) {
    scoring::ClvSettings settings;
    auto fit = ScoringService(*ws).fitLifetimeValue(*Calendar::parseDay("1997-09-30"), settings);
    ASSERT_TRUE(fit.ok()) << fit.error().message;
    const auto& bg = fit->bgNbd.parameters;
    EXPECT_NEAR(bg.r, 0.243, 0.243 * 0.005);
    EXPECT_NEAR(bg.alpha, 4.414, 4.414 * 0.005);
    EXPECT_NEAR(bg.a, 0.793, 0.793 * 0.005);
    EXPECT_NEAR(bg.b, 2.426, 2.426 * 0.005);
    EXPECT_NEAR(fit->bgNbd.logLikelihood, -9582.4, 0.5);
    EXPECT_EQ(fit->gammaGamma.customersUsed, 946);
    EXPECT_NEAR(fit->gammaGamma.parameters.p, 6.25, 6.25 * 0.01);
    EXPECT_NEAR(fit->gammaGamma.parameters.q, 3.74, 3.74 * 0.01);
    EXPECT_NEAR(fit->gammaGamma.parameters.v, 15.44, 15.44 * 0.01);
}

TEST_F(TestScoringService, RunDetailsAreWhatTheRunStoredWithoutItsScores) {
    const auto run = score();
    auto details = ScoringService(*ws).runDetails(run.run.id);
    ASSERT_TRUE(details.ok()) << details.error().message;
    EXPECT_EQ(QJsonDocument(details->toJson()).toJson(),
              QJsonDocument(run.details.toJson()).toJson());
    EXPECT_EQ(ScoringService(*ws).runDetails(run.run.id + 99).error().code, ErrorCode::NotFound);
}

TEST_F(TestScoringService, AnalystsSeePeoplesNamesMaskedInTierChanges) {
    const auto before = score();
    ASSERT_TRUE(
        ProfileService(*ws)
            .edit({"tiers.lambda=0.5", "rfms_weights.recency=0.7", "rfms_weights.frequency=0.1",
                   "rfms_weights.monetary=0.1", "rfms_weights.social=0.1"},
                  "recency matters most")
            .ok());
    const auto after = score();
    const auto changes = ScoringService(*ws).tierChanges(before.run.id, after.run.id).value();
    ASSERT_FALSE(changes.empty());
    const std::int64_t id = changes.front().customerId;
    auto person = CustomerService(*ws).open(id).value().record;
    person.kind = "person";
    person.name = "Wang Fang";
    ASSERT_TRUE(CustomerService(*ws).update(person).ok());
    const auto nameIn = [&](Workspace& as) {
        for (const auto& change :
             ScoringService(as).tierChanges(before.run.id, after.run.id).value())
            if (change.customerId == id)
                return change.name;
        return std::string("(missing)");
    };
    EXPECT_EQ(nameIn(*ws), "Wang Fang");
    auto analyst = test::openAs(path, "ana");
    EXPECT_EQ(nameIn(*analyst), CustomerRules::initials("Wang Fang"));
}

// A run reads the standing facts on a second connection while it writes its
// scores; what it leaves must be what a full refresh computes afterwards,
// overrides included.
TEST_F(TestScoringService, ARunLeavesEveryCustomersStandingAsAFullRefreshWould) {
    const auto standing = [&] {
        return test::dumpQuery(ws->db(), "SELECT id, lifecycle, loyalty, health, health_day "
                                         "FROM customers ORDER BY id");
    };
    const std::string unscored = standing();
    score();
    const std::string afterFirst = standing();
    EXPECT_NE(afterFirst, unscored);
    const std::int32_t today = ws->calendar().dayOf(ws->nowMs());
    ASSERT_TRUE(StandingService(*ws).setOverride(1, "health", "17", "met them", today + 30).ok());
    score();
    const std::string afterSecond = standing();
    EXPECT_NE(afterSecond, afterFirst);
    auto refreshed = StandingService(*ws).refreshAll();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(*refreshed, 0);
    EXPECT_EQ(standing(), afterSecond);
    EXPECT_EQ(test::dumpQuery(ws->db(), "SELECT health FROM customers WHERE id = 1"), "17\n");
}
