// The journey map view on a hand-built database (JourneyTestData.h): one card
// per touchpoint of the domain's map, filled by satisfaction (grey without
// responses, green-ish for CSAT 5, red-ish for CSAT 1), the priority badges
// and pain markers where the domain puts them, the paths panel, a click
// listing the interactions behind a card, the PNG/SVG/PDF export, and the
// tab and action on the real main window.

#include "GuiTestSupport.h"
#include "JourneyTestData.h"
#include "app/journeys/JourneyCardDialog.h"
#include "app/journeys/JourneyCardItem.h"
#include "app/journeys/JourneyController.h"
#include "app/journeys/JourneyExport.h"
#include "app/journeys/JourneyMapScene.h"
#include "app/journeys/JourneyMapView.h"
#include "app/journeys/JourneyPathsPanel.h"
#include "app/journeys/JourneyView.h"
#include "app/shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestJourneyMapView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        test::addJourneyData(m_path);
    }

    void cleanup() {
        m_view.reset();
        m_ws.reset();
    }

    app::JourneyView* open(const std::string& user) {
        m_view.reset();
        m_ws = test::openAs(m_path, user);
        test::fixJourneyClock(*m_ws);
        m_view = std::make_unique<app::JourneyView>(*m_ws);
        m_view->resize(1400, 800);
        m_view->show();
        if (!QTest::qWaitFor([this] { return m_view->hasLoaded(); }, 20000))
            return nullptr;
        return m_view.get();
    }

    static const app::JourneyCardItem* card(app::JourneyView* view, const char* name) {
        return view->scene()->card(QString::fromUtf8(name));
    }

    void theDefaultPeriodIsTheLastWholeQuarterOfTheWorkspacesClock() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        QCOMPARE(view->periodBox()->currentData().toString(), QStringLiteral("2026Q2"));
        QCOMPARE(view->map().period, std::string("2026Q2"));
        QCOMPARE(view->map().interactions, 11);
    }

    void thereIsOneCardPerTouchpointOfTheMap() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        std::size_t touchpoints = 0;
        for (const auto& s : view->map().stages)
            touchpoints += s.touchpoints.size();
        QVERIFY(touchpoints >= 4);
        QCOMPARE(view->scene()->cards().size(), touchpoints);
        for (const auto& s : view->map().stages)
            for (const auto& t : s.touchpoints)
                QVERIFY2(view->scene()->card(QString::fromStdString(t.name),
                                             QString::fromStdString(s.name)),
                         t.name.c_str());
    }

    void aCardsFillFollowsItsSatisfaction() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        const QColor none = card(view, "Quotation")->fill();
        QVERIFY2(none.hsvSaturation() < 20, qPrintable(none.name())); // grey: next to no hue
        QVERIFY(!view->map().find("Evaluation and purchase", "Quotation")->satisfaction);
        const QColor happy = card(view, "Website visit")->fill();
        QVERIFY2(happy.green() > happy.red() + 40, qPrintable(happy.name()));
        const QColor unhappy = card(view, "Service hotline")->fill();
        QVERIFY2(unhappy.red() > unhappy.green() + 60, qPrintable(unhappy.name()));
        const QColor middling = card(view, "Onboarding")->fill();
        QVERIFY2(middling.red() > 200 && middling.green() > 200, qPrintable(middling.name()));
        // A touchpoint nobody used has no responses either: grey.
        QCOMPARE(card(view, "Community event")->fill(), none);
    }

    void badgesAndPainMarkersAreWhereTheDomainPutsThem() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        int badges = 0;
        for (const auto& s : view->map().stages)
            for (const auto& t : s.touchpoints) {
                const auto* c = view->scene()->card(QString::fromStdString(t.name),
                                                    QString::fromStdString(s.name));
                QCOMPARE(c->badge(), t.rank);
                QCOMPARE(c->painMarker(), t.painPoint);
                badges += t.rank ? 1 : 0;
            }
        QVERIFY(badges >= 2);
        // CSAT 1 on a third of the volume: the first priority, and half its calls were complaints.
        QCOMPARE(card(view, "Service hotline")->badge(), std::optional<int>(1));
        QVERIFY(card(view, "Service hotline")->painMarker());
        QVERIFY(!card(view, "Website visit")->painMarker());
        QVERIFY(card(view, "Service hotline")->toolTip().contains(QStringLiteral("Pain point")));
    }

    void thePathsPanelListsThePathsAndDropOffs() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        QTableWidget* paths = view->pathsPanel()->pathsTable();
        QCOMPARE(paths->rowCount(), static_cast<int>(view->map().paths.size()));
        QVERIFY(paths->rowCount() > 0);
        QVERIFY(paths->item(0, 0)->text().contains(QStringLiteral(" → ")));
        QCOMPARE(paths->item(0, 1)->text(),
                 QLocale().toString(static_cast<qlonglong>(view->map().paths[0].customers)));
        QCOMPARE(view->pathsPanel()->dropOffTable()->rowCount(),
                 static_cast<int>(view->map().dropOffs.size()));
    }

    void aFilterChangeRecomputesTheMap() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        QComboBox* period = view->periodBox();
        period->setCurrentIndex(period->findData(QStringLiteral("2026Q1")));
        emit period->activated(period->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(view->map().period, std::string("2026Q1"), 20000);
        QCOMPARE(view->map().interactions, 0);
        for (const auto* c : view->scene()->cards())
            QVERIFY(!c->badge());
    }

    void anAccountManagerSeesTheirPortfolioWithoutATeamFilter() {
        app::JourneyView* view = open("am2");
        QVERIFY(view);
        QVERIFY(view->teamBox()->isHidden());
        QVERIFY(view->editStagesButton()->isHidden());
        QCOMPARE(view->map().customers, 2); // B-001, B-002
        QVERIFY(view->map().interactions < 11);
        QVERIFY(open("sup")->editStagesButton()->isVisible());
    }

    void aClickListsTheInteractionsBehindTheCard() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        int clicks = 0;
        std::int64_t touchpointId = 0;
        QString title;
        connect(view, &app::JourneyView::cardClicked, this,
                [&](const domain::JourneyRequest&, std::int64_t id, const QString& t) {
                    ++clicks;
                    touchpointId = id;
                    title = t;
                });
        auto* hotline = const_cast<app::JourneyCardItem*>(card(view, "Service hotline"));
        view->mapView()->centerOn(hotline);
        const QPoint at = view->mapView()->mapFromScene(hotline->sceneBoundingRect().center());
        QTest::mouseClick(view->mapView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(clicks, 1);
        QCOMPARE(touchpointId, hotline->figures().id);
        QVERIFY(title.contains(QStringLiteral("Service hotline")));
        app::JourneyCardDialog dialog(*m_ws, view->shownRequest(), touchpointId, title);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasLoaded(), 20000);
        QCOMPARE(dialog.table()->rowCount(), 4);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("A-001")); // newest first
        QCOMPARE(dialog.table()->item(0, 0)->text().left(10), QStringLiteral("2026-06-20"));
        std::int64_t opened = 0;
        connect(&dialog, &app::JourneyCardDialog::customerActivated, this,
                [&](std::int64_t id) { opened = id; });
        emit dialog.table()->cellActivated(0, 0);
        QCOMPARE(opened, test::customerByCode(*m_ws, "A-001").id);
    }

    void zoomButtonsScaleTheMap() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        const qreal before = view->mapView()->zoom();
        view->mapView()->zoomIn();
        QVERIFY(view->mapView()->zoom() > before);
        view->mapView()->zoomOut();
        view->mapView()->zoomOut();
        QVERIFY(view->mapView()->zoom() < before);
    }

    void exportsWritePngSvgAndPdf() {
        app::JourneyView* view = open("admin");
        QVERIFY(view);
        const struct {
            const char* name;
            QByteArray magic;
        } files[] = {{"map.png", "\x89PNG"}, {"map.svg", "<?xml"}, {"map.pdf", "%PDF"}};
        for (const auto& f : files) {
            const QString path = QString::fromStdString(m_dir.path(f.name));
            QVERIFY2(app::exportJourneyMap(*view->scene(), path, QStringLiteral("Journey")).ok(),
                     f.name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.size() > 1000);
            const QByteArray head = file.read(f.magic.size());
            QVERIFY2(head == f.magic || (f.magic == "<?xml" && head.startsWith("<svg")), f.name);
        }
        QFile svg(QString::fromStdString(m_dir.path("map.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("Service hotline"));
        QVERIFY(
            !app::exportJourneyMap(*view->scene(), QStringLiteral("/proc/nope/x.pdf"), {}).ok());
        QVERIFY(
            !app::exportJourneyMap(*view->scene(), QString::fromStdString(m_dir.path("x.gif")), {})
                 .ok());
    }

    void theMainWindowHasTheActionAndTheTab() {
        app::MainWindow window;
        window.show();
        test::signIn(window, m_path, "admin");
        auto* action = window.findChild<QAction*>(QStringLiteral("actionShowJourneys"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        auto* view = qobject_cast<app::JourneyView*>(tabs->currentWidget());
        QVERIFY(view);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Journeys"));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasLoaded(), 20000);
        auto* controller = window.findChild<app::JourneyController*>();
        QVERIFY(controller);
        const QString png = QString::fromStdString(m_dir.path("window.png"));
        QVERIFY(controller->exportTo(png).ok());
        QVERIFY(QFile(png).size() > 1000);
    }

private:
    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<domain::Workspace> m_ws;
    std::unique_ptr<app::JourneyView> m_view;
};

QTEST_MAIN(TestJourneyMapView)
#include "TestJourneyMapView.moc"
