// One customer's journey in the 360 view: the Journey tab loads it on the
// panel's worker connection and names the stage of the latest interaction
// at a touchpoint ("Now in: After-sales"), one dot per interaction.

#include "GuiTestSupport.h"
#include "JourneyTestData.h"
#include "app/customer/CustomerJourneyWidget.h"
#include "app/customer/CustomerPanel.h"
#include "app/jobs/DatabaseWorker.h"
#include "domain/journeymaps/JourneyService.h"

#include <QTabWidget>
#include <QTest>

using namespace tessera;

class TestCustomerJourneyWidget : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        test::addJourneyData(m_path);
    }

    void theJourneyTabNamesTheStageOfTheLatestInteraction() {
        auto ws = test::openAs(m_path, "am1");
        test::fixJourneyClock(*ws);
        app::DatabaseWorker worker(ws->openWorker().value());
        app::CustomerPanel panel(worker, ws->calendar());
        panel.resize(700, 600);
        panel.show();
        const std::int64_t id = test::customerByCode(*ws, "A-001").id;
        panel.showCustomer(id);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 20000);
        app::CustomerJourneyWidget* journey = panel.journey();
        QVERIFY(journey);
        QCOMPARE(panel.tabs()->tabText(panel.tabs()->indexOf(journey)), QStringLiteral("Journey"));
        QCOMPARE(journey->currentStageText(), QStringLiteral("Now in: After-sales"));
        // Website visit, Quotation, two hotline calls, and the 2024 call at no touchpoint.
        QCOMPARE(journey->journey().points.size(), std::size_t(5));
        panel.tabs()->setCurrentWidget(journey);
        QVERIFY(journey->lanes()->height() >= 5 * 30);
        QVERIFY(!journey->lanes()->grab().isNull());

        // A-003 has no interaction at a touchpoint.
        panel.showCustomer(test::customerByCode(*ws, "A-003").id);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 20000);
        QCOMPARE(journey->currentStageText(), QStringLiteral("Now in: no stage yet"));
    }

    void theLatestInteractionDecidesTheStage() {
        auto ws = test::openAs(m_path, "admin");
        test::fixJourneyClock(*ws);
        test::addJourneyInteraction(*ws, "B-002", "2026-07-01", "Recommendation", "referral",
                                    "wechat");
        app::CustomerJourneyWidget widget;
        widget.setJourney(domain::JourneyService(*ws)
                              .customerJourney(test::customerByCode(*ws, "B-002").id)
                              .value());
        QCOMPARE(widget.currentStageText(), QStringLiteral("Now in: Referral"));
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestCustomerJourneyWidget)
#include "TestCustomerJourneyWidget.moc"
