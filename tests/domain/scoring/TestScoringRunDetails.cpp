#include "domain/scoring/ScoringRunDetails.h"

#include <QJsonArray>
#include <cmath>
#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;
using Kind = scoring::FitWarningKind;

TEST(TestScoringRunDetails, StandardErrorsAndWarningsSurviveStorage) {
    ScoringRunDetails details;
    details.clvFitted = true;
    details.bgNbd = {275.2, 1482.4, 0.5, 3.0};
    details.bgNbdStandardErrors = {12.5, 40.0, std::nan(""), 0.7};
    details.bgNbdWarnings = {{Kind::ShapeTooLarge, "r", 275.2, 100.0},
                             {Kind::StandardErrorNotFinite, "a", 0.5}};
    details.gammaGammaStandardErrors = {1.19, 0.29, 4.16};
    details.gammaGammaWarnings = {{Kind::ScaleOffData, "v", 2.96e11, 1000.0, 52.9}};
    const ScoringRunDetails back = ScoringRunDetails::fromJson(details.toJson());
    EXPECT_EQ(back.bgNbdStandardErrors.r, 12.5);
    EXPECT_TRUE(std::isnan(back.bgNbdStandardErrors.a)); // stored as null
    EXPECT_EQ(back.gammaGammaStandardErrors.v, 4.16);
    ASSERT_EQ(back.bgNbdWarnings.size(), 2u);
    EXPECT_EQ(back.bgNbdWarnings[0].kind, Kind::ShapeTooLarge);
    EXPECT_EQ(back.bgNbdWarnings[0].parameter, "r");
    EXPECT_EQ(back.bgNbdWarnings[0].value, 275.2);
    EXPECT_EQ(back.bgNbdWarnings[0].limit, 100.0);
    EXPECT_TRUE(std::isnan(back.bgNbdWarnings[0].reference));
    EXPECT_EQ(back.bgNbdWarnings[1].kind, Kind::StandardErrorNotFinite);
    ASSERT_EQ(back.gammaGammaWarnings.size(), 1u);
    EXPECT_EQ(back.gammaGammaWarnings[0].kind, Kind::ScaleOffData);
    EXPECT_EQ(back.gammaGammaWarnings[0].reference, 52.9);
}

TEST(TestScoringRunDetails, ARunStoredBeforeTheChecksReadsWithoutThem) {
    // The "bgnbd" and "gamma_gamma" objects as runs stored them before.
    const QJsonObject older{
        {"clv_fitted", true},
        {"bgnbd", QJsonObject{{"r", 0.243},
                              {"alpha", 4.414},
                              {"a", 0.793},
                              {"b", 2.426},
                              {"log_likelihood", -9582.4},
                              {"customers", 2357}}},
        {"gamma_gamma", QJsonObject{{"p", 6.25}, {"q", 3.74}, {"v", 15.44}, {"customers", 946}}}};
    const ScoringRunDetails d = ScoringRunDetails::fromJson(older);
    EXPECT_TRUE(d.clvFitted);
    EXPECT_EQ(d.bgNbd.r, 0.243);
    EXPECT_EQ(d.gammaGammaCustomers, 946);
    EXPECT_TRUE(std::isnan(d.bgNbdStandardErrors.r));
    EXPECT_TRUE(std::isnan(d.gammaGammaStandardErrors.q));
    EXPECT_TRUE(d.bgNbdWarnings.empty());
    EXPECT_TRUE(d.gammaGammaWarnings.empty());
}

TEST(TestScoringRunDetails, AWarningOfALaterVersionStillSaysTheFitIsUnsound) {
    QJsonObject json = ScoringRunDetails{}.toJson();
    QJsonObject gg = json["gamma_gamma"].toObject();
    gg["warnings"] = QJsonArray{QJsonObject{{"kind", "from_a_later_version"}}};
    json["gamma_gamma"] = gg;
    const ScoringRunDetails d = ScoringRunDetails::fromJson(json);
    ASSERT_EQ(d.gammaGammaWarnings.size(), 1u);
    EXPECT_EQ(d.gammaGammaWarnings[0].kind, Kind::NotConverged);
}
