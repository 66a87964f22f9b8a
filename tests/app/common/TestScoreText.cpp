// Scores as text: translated tier and segment names, RFM codes, numbers in
// the locale, an em dash for a missing value, and the summary of a run.

#include "GuiTestSupport.h"
#include "app/common/ScoreText.h"

#include <QTest>

using namespace tessera;

class TestScoreText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void formatsScores() {
        storage::CustomerScoreRecord s;
        s.scoreR = 5;
        s.scoreF = 4;
        s.scoreM = 5;
        s.scoreS = 2;
        QCOMPARE(app::ScoreText::rfmCode(s), QStringLiteral("5-4-5-2"));
        QCOMPARE(app::ScoreText::points(86.25), QStringLiteral("86.3"));
        QCOMPARE(app::ScoreText::money(1234.5), QStringLiteral("1,234.50"));
        QCOMPARE(app::ScoreText::probability(0.7274), QStringLiteral("72.7%"));
        QCOMPARE(app::ScoreText::money(std::nullopt), QStringLiteral("—"));
        QCOMPARE(app::ScoreText::points(std::optional<double>()), QStringLiteral("—"));
        QCOMPARE(app::ScoreText::segmentLabel("Can't lose"), QStringLiteral("Can't lose"));
        QCOMPARE(app::ScoreText::tierLabel("Diamond"), QStringLiteral("Diamond"));
    }

    void summarisesARun() {
        domain::ScoringRunSummary s;
        s.run.id = 7;
        s.run.customers = 2000;
        s.run.asOfDay = *domain::Calendar::parseDay("2026-10-31");
        s.run.windowDays = 365;
        s.run.profileVersion = 2;
        s.tierCounts = {160, 240, 400, 600, 600};
        s.details.clvFitted = false;
        s.details.clvProblem = "too few repeat buyers";
        const QString text = app::ScoreText::runSummary(s);
        QVERIFY2(text.contains("Scoring run 7 scored 2,000 customers as of 2026-10-31 over the "
                               "365 days up to it, with profile version 2."),
                 qPrintable(text));
        QVERIFY2(text.contains("Diamond: 160, Platinum: 240, Gold: 400, Silver: 600, Bronze: 600"),
                 qPrintable(text));
        QVERIFY2(text.contains("Lifetime value not fitted: too few repeat buyers"),
                 qPrintable(text));
        QCOMPARE(app::ScoreText::runLabel(s.run),
                 QStringLiteral("Run 7 · 2026-10-31 · profile v2 · 2,000 customers"));
    }
};

QTEST_MAIN(TestScoreText)
#include "TestScoreText.moc"
