// My Day on the real main window: the first tab an account manager sees,
// with the counts the domain computes; a supervisor's grouped by manager;
// completing a follow-up takes it off the list; a line opens its customer.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/myday/MyDayController.h"
#include "app/myday/MyDayView.h"
#include "app/shell/MainWindow.h"
#include "app/warnings/WarningsView.h"
#include "domain/followups/FollowUpService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/tickets/TicketService.h"
#include "support/WarningTestData.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;

class TestMyDayView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        auto admin = test::openAs(m_path, "admin");
        const std::int32_t today = admin->calendar().dayOf(admin->nowMs());
        test::WarningTestData data(*admin);
        const auto a1 = test::customerByCode(*admin, "A-001").id;
        const auto a2 = test::customerByCode(*admin, "A-002").id;
        const auto b1 = test::customerByCode(*admin, "B-001").id;
        data.followUp(a1, today - 3, "Send the contract");   // overdue
        data.followUp(b1, today - 1, "Call about delivery"); // am2's, overdue
        QVERIFY(domain::FollowUpService(*admin).add({a2, today, "Due today", std::nullopt}).ok());
        // A ticket two days without a response.
        domain::TicketDraft t{
            a2,   "billing", "24h", "Charged twice", {}, admin->nowMs() - 48LL * 3600 * 1000, {},
            true, {},        {}};
        QVERIFY(domain::TicketService(*admin).open(t).ok());
        // A display name unlike the user name: a supervisor's My Day groups by it.
        QVERIFY(admin->db().exec("UPDATE users SET display_name = 'Anna One' WHERE username = "
                                 "'am1'"));
    }

    void init() {
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void anAccountManagerStartsOnMyDayWithTheDomainsCounts() {
        m_window->setWorkspace(test::openAs(m_path, "am1"));
        app::MyDayView* view = m_window->myDay()->view();
        QVERIFY(view);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(view));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasLoaded(), 20000);
        // The window's own session: "new since the previous sign-in" depends on it.
        const domain::MyDay expected = domain::MyDayService(*m_window->workspace()).build().value();
        for (domain::MyDaySection section : domain::kMyDaySections)
            QCOMPARE(view->shownCount(section), static_cast<int>(expected.count(section)));
        QCOMPARE(view->shownCount(domain::MyDaySection::FollowUps), 2);
        QCOMPARE(view->shownCount(domain::MyDaySection::Tickets), 1);
    }

    void aSupervisorSeesTheTeamByManager() {
        m_window->setWorkspace(test::openAs(m_path, "sup"));
        app::MyDayView* view = m_window->myDay()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasLoaded(), 20000);
        QCOMPARE(view->shownCount(domain::MyDaySection::FollowUps), 3);
        QStringList managers;
        for (int i = 0; i < view->tree()->topLevelItemCount(); ++i)
            managers << view->tree()->topLevelItem(i)->text(0);
        QVERIFY2(managers.size() >= 2, qPrintable(managers.join(QStringLiteral(", "))));
        // Each manager once, under their display name, whatever the section.
        QVERIFY2(managers.filter(QStringLiteral("Anna One")).size() == 1 &&
                     managers.filter(QStringLiteral("am1")).isEmpty(),
                 qPrintable(managers.join(QStringLiteral(", "))));
    }

    void completingAFollowUpTakesItOffAndALineOpensItsCustomer() {
        m_window->setWorkspace(test::openAs(m_path, "am1"));
        app::MyDayView* view = m_window->myDay()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasLoaded(), 20000);
        const int before = view->shownCount(domain::MyDaySection::FollowUps);
        QTreeWidgetItem* line = view->tree()->topLevelItem(0)->child(0);
        view->tree()->setCurrentItem(line);
        const domain::MyDayItem* item = view->selectedItem();
        QVERIFY(item && item->followUpId);
        const std::int64_t customer = item->customerId;
        emit view->tree()->itemActivated(line, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customerPanel()->customerId(), customer, 20000);
        QVERIFY(view->doneButton()->isEnabled());
        QTest::mouseClick(view->doneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->shownCount(domain::MyDaySection::FollowUps), before - 1,
                                  20000);
    }

    void aWarningIsAcknowledgedFromTheWarningsTab() {
        m_window->setWorkspace(test::openAs(m_path, "am2"));
        m_window->action(QStringLiteral("actionShowWarnings"))->trigger();
        app::WarningsView* warnings = m_window->warningsView();
        QTRY_VERIFY_WITH_TIMEOUT(warnings->hasLoaded() && !warnings->isLoading(), 20000);
        const int before = warnings->model()->rowCount();
        QVERIFY(before > 0);
        warnings->table()->selectRow(0);
        QVERIFY(warnings->acknowledgeButton()->isEnabled());
        QTest::mouseClick(warnings->acknowledgeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !warnings->isLoading() && warnings->model()->rowCount() == before - 1, 20000);
        auto ws = test::openAs(m_path, "admin");
        QCOMPARE(ws->db().queryInt64("SELECT count(*) FROM warning_states").value(), 1);
    }

private:
    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestMyDayView)
#include "TestMyDayView.moc"
