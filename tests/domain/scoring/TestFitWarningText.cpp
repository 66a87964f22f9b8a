#include "domain/scoring/FitWarningText.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::domain;
using Kind = scoring::FitWarningKind;

TEST(TestFitWarningText, EveryKindSaysWhatItMeansAndWhatToDo) {
    for (Kind kind : {Kind::NotConverged, Kind::ShapeTooLarge, Kind::ShapeTooSmall,
                      Kind::ScaleOffData, Kind::NoFiniteMeanSpend, Kind::NotPositiveDefinite,
                      Kind::StandardErrorNotFinite, Kind::TooFewRepeatCustomers})
        for (LifetimeModel model : {LifetimeModel::BgNbd, LifetimeModel::GammaGamma}) {
            const QString text = FitWarningText::sentence(model, {kind, "q", 250.0, 100.0, 9.5});
            const std::string key = scoring::fitWarningKey(kind);
            EXPECT_TRUE(text.contains("CLV")) << key << ": " << text.toStdString();
            EXPECT_TRUE(text.contains("P(alive)")) << key << ": " << text.toStdString();
            EXPECT_TRUE(text.contains("longer window")) << key << ": " << text.toStdString();
            EXPECT_FALSE(text.contains(QLatin1Char('%'))) << key << ": " << text.toStdString();
        }
}

TEST(TestFitWarningText, NamesTheModelTheParameterAndTheFigures) {
    const QString large =
        FitWarningText::sentence(LifetimeModel::BgNbd, {Kind::ShapeTooLarge, "r", 275.212, 100.0});
    EXPECT_TRUE(large.startsWith("BG/NBD parameter r is 275.2, above 100")) << large.toStdString();
    EXPECT_TRUE(large.contains("without heterogeneity"));
    const QString few = FitWarningText::sentence(LifetimeModel::GammaGamma,
                                                 {Kind::TooFewRepeatCustomers, "", 12.0, 50.0});
    EXPECT_TRUE(few.contains("only 12 repeat customers, fewer than the 50")) << few.toStdString();
    EXPECT_TRUE(few.contains("P(alive) is not affected"));
    const QString scale = FitWarningText::sentence(
        LifetimeModel::GammaGamma, {Kind::ScaleOffData, "v", 2.96e11, 1000.0, 52.9});
    EXPECT_TRUE(scale.contains("mean repeat purchase value, 52.9")) << scale.toStdString();
}

TEST(TestFitWarningText, ARunsSentencesListBgNbdFirstAndNoneWithoutAFit) {
    ScoringRunDetails details;
    details.gammaGammaWarnings = {{Kind::NoFiniteMeanSpend, "q", 0.8, 1.0}};
    details.bgNbdWarnings = {{Kind::NotConverged, ""}};
    EXPECT_TRUE(FitWarningText::sentences(details).isEmpty()); // clvFitted is false
    details.clvFitted = true;
    const QStringList sentences = FitWarningText::sentences(details);
    ASSERT_EQ(sentences.size(), 2);
    EXPECT_TRUE(sentences[0].contains("BG/NBD fit did not converge"));
    EXPECT_TRUE(sentences[1].contains("q is 0.8, at or below 1"));
}
