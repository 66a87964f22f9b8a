// The dashboards on the real main window: the tiles and bars show exactly
// the domain's figures for the request the filters make; a filter change
// recomputes them; a supervisor's breakdown holds only their team; a click
// lists the customers behind a figure and opens one; PNG and PDF exports
// write real files.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/dashboards/CustomersBehindDialog.h"
#include "app/dashboards/DashboardController.h"
#include "app/dashboards/DashboardFormat.h"
#include "app/dashboards/DashboardView.h"
#include "app/dashboards/KpiTile.h"
#include "app/shell/MainWindow.h"
#include "app/warnings/WarningsView.h"
#include "domain/dashboards/DashboardService.h"
#include "domain/surveys/SurveyService.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

using namespace tessera;

class TestDashboardView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        auto admin = test::openAs(m_path, "admin");
        // May 2026: surveys of am1's, am2's and am3's customers, and purchases.
        const std::int32_t may =
            *domain::Calendar::parseDay("2026-06-30"); // Q2 answered to its end
        const struct {
            const char* code;
            int nps;
            int csat;
        } answers[] = {
            {"A-001", 10, 5}, {"A-002", 9, 4}, {"A-003", 3, 2}, {"B-001", 8, 4}, {"B-002", 6, 3}};
        for (const auto& a : answers) {
            domain::SurveyDraft d;
            d.customerId = test::customerByCode(*admin, a.code).id;
            d.day = may;
            d.nps = a.nps;
            d.csat = a.csat;
            QVERIFY(domain::SurveyService(*admin).add(d).ok());
        }
        // A target the quarter misses by far: an alert on the tile and in the warnings list.
        QVERIFY(
            domain::KpiTargets(*admin).set("nps", *domain::KpiPeriod::parse("2026Q2"), 50).ok());
        test::importCsv(*admin, m_dir, domain::ImportKind::Transactions,
                        "customer,date,amount\nA-001,2026-05-03,120\nB-001,2026-05-04,80\n"
                        "A-002,2026-04-20,50\n");
    }

    void init() {
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    app::DashboardView* openDashboards(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        m_window->dashboards()->showDashboards();
        app::DashboardView* view = m_window->dashboards()->view();
        if (view && !QTest::qWaitFor([view] { return view->hasLoaded(); }, 20000))
            return nullptr;
        return view;
    }

    static QList<qreal> bars(app::DashboardView* view, int page, const char* chart) {
        auto* chartView =
            view->pages()->widget(page)->findChild<QChartView*>(QString::fromLatin1(chart));
        auto* series = qobject_cast<QBarSeries*>(chartView->chart()->series().front());
        QList<qreal> values;
        for (int i = 0; i < series->barSets().front()->count(); ++i)
            values << series->barSets().front()->at(i);
        return values;
    }

    void theTilesShowTheDomainsFiguresForTheLatestQuarterWithAnswers() {
        app::DashboardView* view = openDashboards("admin");
        QVERIFY(view);
        QCOMPARE(view->periodBox()->currentText(), QStringLiteral("2026Q2"));
        const domain::Dashboard expected =
            domain::DashboardService(*m_window->workspace()).build(view->request()).value();
        QCOMPARE(view->dashboard().current.total.responses, 5);
        for (const char* key : {"nps", "csat", "responses", "revenue", "retention_rate"}) {
            const QString shown = view->tile(QString::fromLatin1(key))->valueText();
            QCOMPARE(shown, app::formatKpi(key, app::tileValue(expected.current.total, key)));
        }
        // 2 promoters, 1 passive, 2 detractors of 5: NPS 0.
        QCOMPARE(view->tile(QStringLiteral("nps"))->valueText(), app::formatKpi("nps", 0.0));
        // The NPS bars by owner: am1 (10, 9, 3) = 33.3, am2 (8, 6) = -50.
        const QList<qreal> nps = bars(view, 0, "chart1");
        QCOMPARE(nps.size(), 2);
        QCOMPARE(nps[0], 100.0 * (2 - 1) / 3);
        QCOMPARE(nps[1], -50.0);
    }

    void aFilterChangeRecomputesTheFigures() {
        app::DashboardView* view = openDashboards("admin");
        QVERIFY(view);
        view->periodBox()->setCurrentIndex(view->periodBox()->findText(QStringLiteral("2026Q1")));
        emit view->periodBox()->activated(view->periodBox()->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(view->dashboard().current.period.label(), std::string("2026Q1"),
                                  20000);
        QCOMPARE(view->tile(QStringLiteral("responses"))->valueText(),
                 app::formatKpi("responses", 0));
        QCOMPARE(view->tile(QStringLiteral("nps"))->valueText(), QStringLiteral("–"));
    }

    void aSupervisorsBreakdownHoldsOnlyTheirTeam() {
        app::DashboardView* view = openDashboards("sup2");
        QVERIFY(view);
        QCOMPARE(view->dashboard().current.total.responses, 0); // am3's customer answered nothing
        for (const auto& g : view->dashboard().current.groups)
            QCOMPARE(g.key, std::string("am3"));
        view = openDashboards("sup");
        QCOMPARE(view->dashboard().current.total.responses, 5);
        for (const auto& g : view->dashboard().current.groups)
            QVERIFY(g.key == "am1" || g.key == "am2");
    }

    void aClickListsTheCustomersBehindAndOpensOne() {
        app::DashboardView* view = openDashboards("admin");
        QVERIFY(view);
        QTest::mouseClick(view->tile(QStringLiteral("nps")), Qt::LeftButton);
        app::CustomersBehindDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_window->findChild<app::CustomersBehindDialog*>()) != nullptr, 20000);
        QCOMPARE(dialog->list()->count(), 5);
        emit dialog->list()->itemActivated(dialog->list()->item(0));
        QTRY_VERIFY(m_window->customerPanel()->customer().has_value());
    }

    void theMissedTargetAlertsOnTheTileAndInTheWarningsList() {
        app::DashboardView* view = openDashboards("admin");
        QVERIFY(view);
        QVERIFY(view->tile(QStringLiteral("nps"))->alerted());
        QVERIFY(view->tile(QStringLiteral("nps"))->toolTip().contains(QStringLiteral("target")));
        QVERIFY(!view->tile(QStringLiteral("csat"))->alerted());
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        auto* warnings = m_window->findChild<app::WarningsView*>();
        tabs->setCurrentWidget(warnings);
        QTRY_VERIFY_WITH_TIMEOUT(warnings->kpiAlertsLabel()->isVisible(), 20000);
        QVERIFY(warnings->kpiAlertsLabel()->text().contains(QStringLiteral("2026Q2")));
        QVERIFY(warnings->kpiAlertsLabel()->text().contains(QStringLiteral("nps")));
        emit warnings->kpiAlertsLabel()->linkActivated(QStringLiteral("dashboards"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(view));
    }

    void exportsWriteAPngAndAPdf() {
        app::DashboardView* view = openDashboards("admin");
        QVERIFY(view);
        const QString png = QString::fromStdString(m_dir.path("dashboard.png"));
        const QString pdf = QString::fromStdString(m_dir.path("dashboard.pdf"));
        QVERIFY(m_window->dashboards()->exportTo(png, false).ok());
        QVERIFY(m_window->dashboards()->exportTo(pdf, true).ok());
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(4), QByteArray("\x89PNG"));
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.read(5), QByteArray("%PDF-"));
        QVERIFY(report.size() > 10000);
        QVERIFY(!m_window->dashboards()->exportTo(QStringLiteral("/proc/nope/x.pdf"), true).ok());
    }

private:
    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
