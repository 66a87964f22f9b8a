// File > Open Demo Database (and `tessera --demo-database`, the README's run
// command): the first time, the demo database is made in the app-data folder
// in the background, scored as of its last day, and opened signed in as the
// demo administrator; later, the sign-in dialog opens on the same file with
// the demo credentials filled in.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/session/DemoDatabase.h"
#include "app/session/LoginDialog.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "domain/scoring/ScoringService.h"
#include "domain/warnings/WarningService.h"
#include "domain/workspace/Calendar.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <algorithm>

using namespace tessera;

class TestDemoDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(app::DemoDatabase::path() + QLatin1String(suffix));
    }

    void theFirstOpeningMakesAScoredDemoDatabase() {
        app::MainWindow window;
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionOpenDemo"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 180000);
        QVERIFY(QFile::exists(app::DemoDatabase::path()));
        QVERIFY(test::waitForRows(*window.portfolioModel()));
        domain::Workspace& ws = *window.workspace();
        // Every customer but the few the demo archived.
        const auto shown = domain::CustomerService(ws).count({}).value();
        QVERIFY(shown > app::DemoDatabase::kCustomerCount * 9 / 10);
        QCOMPARE(window.portfolioModel()->rowCount(), static_cast<int>(shown));

        QCOMPARE(ws.session().username, std::string(app::DemoDatabase::kAdminUsername));
        auto run = domain::ScoringService(ws).latestRun();
        QVERIFY(run && *run);
        QCOMPARE((*run)->customers, shown); // archived customers are not scored
        // Scored a month before the history's last day and on it.
        QCOMPARE(domain::Calendar::isoDate((*run)->asOfDay), QStringLiteral("2026-10-31"));
        auto runs = domain::ScoringService(ws).runs();
        QVERIFY(runs && runs->size() == 2);
        QCOMPARE(domain::Calendar::isoDate((*runs)[1].asOfDay), QStringLiteral("2026-10-01"));
        domain::PortfolioFilter diamonds;
        diamonds.tier = "Diamond";
        QVERIFY(domain::CustomerService(ws).count(diamonds).value() > 0);
        // Every kind of warning has an example.
        const auto warnings = domain::WarningService(ws).list({}).value();
        for (domain::WarningKind kind : domain::kAllWarningKinds)
            QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                                 [kind](const auto& w) { return w.kind == kind; }),
                     domain::warningKindKey(kind));
        const auto count = [&ws](const char* sql) { return ws.db().queryInt64(sql).value(); };
        const std::int64_t today = ws.calendar().dayOf(ws.nowMs());
        QVERIFY(count("SELECT count(*) FROM consent_events WHERE given = 0") > 0);
        QVERIFY(ws.db()
                    .queryInt64("SELECT count(*) FROM follow_ups WHERE due_day = " +
                                std::to_string(today))
                    .value() > 0);
        QVERIFY(ws.db()
                    .queryInt64("SELECT count(*) FROM follow_ups WHERE due_day < " +
                                std::to_string(today))
                    .value() > 0);
        for (const char* level : {"immediate", "24h", "72h"})
            QVERIFY2(ws.db().queryInt64(std::string("SELECT count(*) FROM tickets WHERE "
                                                    "resolved_at IS NULL AND escalation = '") +
                                        level + "'")
                             .value() > 0,
                     level);
        // The ROI dashboard has campaigns of the last whole quarter with a cost,
        // and the alerts have targets.
        QCOMPARE(count("SELECT count(*) FROM campaigns WHERE cost_cents > 0 AND start_day >= "
                       "20635 AND start_day <= 20726"),
                 4); // 2026-07-01 .. 2026-09-30
        QVERIFY(count("SELECT count(*) FROM campaign_customers") > 0);
        QCOMPARE(count("SELECT count(*) FROM kpi_targets WHERE period IN ('2026Q3', '2026-10')"),
                 10);
    }

    void laterOpeningsAskToSignInWithTheDemoCredentialsFilledIn() {
        app::MainWindow window;
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionOpenDemo"))->trigger();
        auto* login = window.findChild<app::LoginDialog*>();
        QVERIFY(login);
        QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("userEdit"))->text(),
                 QLatin1String(app::DemoDatabase::kAdminUsername));
        login->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 20000);
        QVERIFY(test::waitForRows(*window.portfolioModel()));
        QVERIFY(window.portfolioModel()->rowCount() > app::DemoDatabase::kCustomerCount * 9 / 10);
    }
};

QTEST_MAIN(TestDemoDatabase)
#include "TestDemoDatabase.moc"
