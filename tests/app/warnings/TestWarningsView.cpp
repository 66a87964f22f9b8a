// The Warnings tab of the real main window on the offscreen platform: it lists
// what WarningService finds for the signed-in user, filters by kind, counts in
// the tab title, and a double-click opens the customer in the 360 view.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/shell/MainWindow.h"
#include "app/portfolio/PortfolioView.h"
#include "app/warnings/WarningsView.h"
#include "domain/customers/CustomerService.h"
#include "domain/warnings/WarningService.h"
#include "support/WarningTestData.h"

#include <QAction>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tessera;

class TestWarningsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        // A follow-up of am1's A-001, five days overdue today.
        auto admin = test::openAs(m_path, "admin");
        test::WarningTestData data(*admin);
        data.followUp(test::customerByCode(*admin, "A-001").id, admin->calendar().today() - 5,
                      "Send the contract");
    }

    void init() {
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void listsTheWarningsOfTheServiceAndCountsThemInTheTab() {
        const QStringList expected = expectedRows("admin");
        QVERIFY(expected.contains(QStringLiteral("follow-up A-001")));
        test::signIn(*m_window, m_path, "admin");
        app::WarningsView* view = openWarnings();
        QCOMPARE(shownRows(*view), expected);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()),
                 QStringLiteral("Warnings (%1)").arg(expected.size()));
    }

    void anAccountManagerSeesOnlyTheirOwnCustomers() {
        const QStringList expected = expectedRows("am2");
        test::signIn(*m_window, m_path, "am2");
        app::WarningsView* view = openWarnings();
        QCOMPARE(shownRows(*view), expected);
        for (const QString& row : expected)
            QVERIFY2(row.endsWith(QStringLiteral(" B-001")) ||
                         row.endsWith(QStringLiteral(" B-002")),
                     qPrintable(row));
    }

    void theKindFilterAsksForOneKind() {
        test::signIn(*m_window, m_path, "am1");
        app::WarningsView* view = openWarnings();
        QComboBox* kinds = view->kindFilter();
        kinds->setCurrentIndex(kinds->findData(static_cast<int>(domain::WarningKind::FollowUp)));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        QCOMPARE(shownRows(*view), QStringList{QStringLiteral("follow-up A-001")});
        const QString reason =
            view->model()->index(0, app::WarningsModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("5 days overdue: Send the contract")),
                 qPrintable(reason));
    }

    void aDoubleClickOpensTheCustomer() {
        test::signIn(*m_window, m_path, "admin");
        app::WarningsView* view = openWarnings();
        QVERIFY(view->model()->rowCount() > 0);
        const int last = view->model()->rowCount() - 1;
        const std::int64_t customerId = view->model()->warning(last).customerId;
        QTableView* table = view->table();
        const QModelIndex index = view->model()->index(last, app::WarningsModel::CodeColumn);
        table->scrollTo(index);
        const QPoint centre = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customerPanel()->customerId(), customerId, 20000);
        QVERIFY(m_window->customerPanel()->isVisible());
    }

    void thePortfolioFiltersByWarning() {
        test::signIn(*m_window, m_path, "admin");
        QComboBox* warnings = m_window->portfolio()->warningFilter();
        warnings->setCurrentIndex(warnings->findData(QStringLiteral("follow-up")));
        QTRY_COMPARE_WITH_TIMEOUT(test::shownNames(*m_window->portfolioModel()),
                                  QStringList{QStringLiteral("Acme Trading")}, 20000);
        warnings->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolioModel()->rowCount(), test::kGuiCustomers,
                                  20000);
    }

private:
    app::WarningsView* openWarnings() {
        m_window->action(QStringLiteral("actionShowWarnings"))->trigger();
        app::WarningsView* view = m_window->warningsView();
        if (!view || !view->isVisible())
            throw std::runtime_error("View > Warnings did not show the warnings");
        if (!QTest::qWaitFor([view] { return view->hasLoaded() && !view->isLoading(); }, 20000))
            throw std::runtime_error("the warnings did not finish loading");
        return view;
    }

    // "kind code" per warning, as the domain lists them for `username` today.
    QStringList expectedRows(const std::string& username) {
        auto ws = test::openAs(m_path, username);
        QStringList rows;
        for (const auto& w : domain::WarningService(*ws).list({}).value())
            rows << QStringLiteral("%1 %2").arg(QLatin1String(domain::warningKindKey(w.kind)),
                                                QString::fromStdString(w.code));
        return rows;
    }

    static QStringList shownRows(app::WarningsView& view) {
        QStringList rows;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const domain::Warning& w = view.model()->warning(row);
            rows << QStringLiteral("%1 %2").arg(QLatin1String(domain::warningKindKey(w.kind)),
                                                QString::fromStdString(w.code));
        }
        return rows;
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestWarningsView)
#include "TestWarningsView.moc"
