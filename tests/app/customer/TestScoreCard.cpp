// The score card of the 360 view: the customer's numbers from the newest
// scoring run, the explanation in words, and a hint for customers not scored
// yet; loaded by the customer panel on its worker connection.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/customer/ScoreCard.h"
#include "domain/customers/CustomerService.h"
#include "support/UniformPurchases.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace tessera;

class TestScoreCard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newScoringDatabase(m_dir);
        m_admin = test::openAs(m_path, "admin");
        test::scoreAsOf(*m_admin, "2024-12-31");
    }

    void showsTheNewestScoresOfTheCustomer() {
        const std::int64_t id = idOf("A-001");
        const auto latest = domain::ScoringService(*m_admin).latestScores(id).value().value();
        const storage::CustomerScoreRecord& s = latest.score;
        app::ScoreCard card;
        card.setData(app::ScoreCard::load(*m_admin, id));
        QVERIFY(card.isScored());
        QCOMPARE(card.valueText("tier"), QString::fromStdString(s.tier));
        QCOMPARE(
            card.valueText("rfm_code"),
            QStringLiteral("%1-%2-%3-%4").arg(s.scoreR).arg(s.scoreF).arg(s.scoreM).arg(s.scoreS));
        QCOMPARE(card.valueText("segment"), QString::fromStdString(s.segment));
        QCOMPARE(card.valueText("rfms"), QLocale().toString(s.rfms, 'f', 1));
        QVERIFY(s.crmv); // A-001 answered all five dimensions
        QCOMPARE(card.valueText("crmv"), QLocale().toString(*s.crmv, 'f', 1));
        QCOMPARE(card.valueText("tier_score"), QLocale().toString(s.tierScore, 'f', 1));
        QVERIFY(s.clv && s.pAlive);
        QCOMPARE(card.valueText("clv"), QLocale().toString(*s.clv, 'f', 2));
        QCOMPARE(card.valueText("p_alive"), QLocale().toString(*s.pAlive * 100, 'f', 1) + "%");
        QVERIFY2(card.valueText("run").startsWith("2024-12-31"), qPrintable(card.valueText("run")));
        QCOMPARE(card.valueText("profile"), QStringLiteral("1"));
    }

    void explainsTheScoresInWords() {
        const std::int64_t id = idOf("A-001");
        const auto s = domain::ScoringService(*m_admin).latestScores(id).value().value().score;
        app::ScoreCard card;
        card.setData(app::ScoreCard::load(*m_admin, id));
        const QStringList steps = card.explanation();
        QVERIFY2(steps.size() >= 10, qPrintable(steps.join('\n')));
        QVERIFY(steps.first().startsWith("Scoring run"));
        const QString all = steps.join('\n');
        QVERIFY2(all.contains(QStringLiteral("Recency R = %1").arg(s.scoreR)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("RFMS = %1").arg(QLocale().toString(s.rfms, 'f', 1))),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("CRMV = ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Tier %1").arg(QString::fromStdString(s.tier))),
                 qPrintable(all));
    }

    void saysWhenThereIsNoSurveyData() {
        const std::int64_t id = idOf("00004");
        app::ScoreCard card;
        card.setData(app::ScoreCard::load(*m_admin, id));
        QVERIFY(card.isScored());
        QCOMPARE(card.valueText("crmv"), QStringLiteral("No survey data"));
        QVERIFY(card.explanation().join('\n').contains("No CRMV"));
    }

    void hintsWhenTheCustomerIsNotScored() {
        // A customer created after the run is not in it.
        storage::CustomerRecord fresh;
        fresh.code = "N-900";
        fresh.name = "Newcomer Ltd";
        const std::int64_t id = domain::CustomerService(*m_admin).create(fresh).value();
        app::ScoreCard card;
        card.setData(app::ScoreCard::load(*m_admin, id));
        QVERIFY(!card.isScored());
        QVERIFY2(card.messageText().startsWith("Not scored yet"), qPrintable(card.messageText()));
        QVERIFY(card.explanation().isEmpty());
    }

    void saysNothingAboutTheFitsWhenTheyAreSound() {
        app::ScoreCard card;
        card.setData(app::ScoreCard::load(*m_admin, idOf("A-001")));
        QVERIFY(card.isScored());
        QVERIFY2(card.fitWarningText().isEmpty(), qPrintable(card.fitWarningText()));
    }

    void warnsWhenTheRunsFitsAreUnsound() {
        // The homogeneous population: fits without heterogeneity.
        const std::string path = m_dir.path("uniform.tessera");
        test::makeStandardDatabase(path);
        auto ws = test::openAs(path, "admin");
        test::importUniformCdnow(*ws, m_dir.path("uniform.txt"));
        test::scoreAsOf(*ws, "1998-07-01");
        app::ScoreCard card;
        card.resize(600, 800);
        card.show();
        card.setData(
            app::ScoreCard::load(*ws, domain::CustomerService(*ws).idForCode("00001").value()));
        QVERIFY(card.isScored());
        const QString text = card.fitWarningText();
        QVERIFY2(text.startsWith("This run's lifetime value models are unsound"), qPrintable(text));
        QVERIFY2(text.contains("without heterogeneity"), qPrintable(text));
        QVERIFY2(text.contains("longer window or more customers"), qPrintable(text));
        const auto* label = card.findChild<QLabel*>(QStringLiteral("fitWarnings"));
        QVERIFY(label && label->isVisible());
        // Another customer of a sound run: the warning goes away.
        card.setData(app::ScoreCard::load(*m_admin, idOf("A-001")));
        QVERIFY(card.fitWarningText().isEmpty());
        QVERIFY(!label->isVisible());
    }

    void thePanelLoadsTheCardInTheBackground() {
        auto ws = test::openAs(m_path, "am1");
        app::DatabaseWorker worker(ws->openWorker().value());
        app::CustomerPanel panel(worker, ws->calendar());
        QSignalSpy loaded(&panel, &app::CustomerPanel::loaded);
        panel.showCustomer(idOf("A-001"));
        QVERIFY(panel.isLoading());
        QVERIFY(loaded.wait(20000));
        QVERIFY(panel.scoreCard()->isScored());
        QVERIFY(!panel.scoreCard()->explanation().isEmpty());
        QCOMPARE(panel.tabs()->tabText(panel.tabs()->indexOf(panel.scoreCard())),
                 QStringLiteral("Score"));
    }

private:
    std::int64_t idOf(const std::string& code) {
        return domain::CustomerService(*m_admin).idForCode(code).value();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<domain::Workspace> m_admin;
};

QTEST_MAIN(TestScoreCard)
#include "TestScoreCard.moc"
