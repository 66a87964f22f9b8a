// The session lock on the real main window: it engages after the idle time
// set in the preferences, hides the customers and every other window, and
// opens again only with the signed-in user's password (the domain audits it).

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/portfolio/PortfolioView.h"
#include "app/scoring/CompareRunsDialog.h"
#include "app/scoring/ScoringController.h"
#include "app/session/IdleMonitor.h"
#include "app/session/LockScreen.h"
#include "app/session/PasswordPrompt.h"
#include "app/session/PreferencesDialog.h"
#include "app/session/SessionController.h"
#include "app/shell/MainWindow.h"
#include "domain/workspace/AuditService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace tessera;

class TestLockScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The idle time is saved with QSettings: keep this test's away from the others'.
        QStandardPaths::setTestModeEnabled(true);
        test::initialiseGuiTest();
        QSettings().clear();
    }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "am1");
    }

    void cleanup() {
        m_window.reset();
        QSettings().clear();
    }

    void locksAfterTheIdleTimeAndHidesTheCustomers() {
        QVERIFY(m_window->session()->idleMonitor()->isRunning());
        QSignalSpy lockChanged(m_window->session(), &app::SessionController::lockChanged);
        m_window->session()->idleMonitor()->setTimeout(300);
        QVERIFY(!m_window->session()->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLocked(), 5000);
        QCOMPARE(lockChanged.count(), 1);
        QCOMPARE(lockChanged.at(0).at(0).toBool(), true);
        QVERIFY(m_window->session()->lockScreen()->isVisible());
        QVERIFY(!m_window->portfolio()->isVisible());
        QVERIFY(!m_window->customerPanel()->isVisible());
        // No menu, tool bar or shortcut reaches the customers meanwhile.
        QVERIFY(!m_window->menuBar()->isEnabled());
        QVERIFY(!m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isEnabled());
    }

    void keyboardInputPostponesTheLock() {
        m_window->session()->idleMonitor()->setTimeout(600);
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(150);
            QTest::keyClick(m_window->portfolio()->searchEdit(), Qt::Key_Shift);
        }
        QVERIFY2(!m_window->session()->isLocked(), "locked although keys were pressed all along");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLocked(), 5000);
    }

    void unlocksOnlyWithTheRightPassword() {
        m_window->session()->lock();
        QVERIFY(m_window->session()->isLocked());
        app::LockScreen* screen = m_window->session()->lockScreen();
        QVERIFY2(screen->findChild<QLabel*>(QStringLiteral("lockedUser"))->text().contains("am1"),
                 "the lock screen names who is signed in");
        app::PasswordPrompt* prompt = screen->prompt();
        QTest::keyClicks(prompt->passwordEdit(), "not-the-password");
        screen->unlockButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!prompt->isBusy(), 20000);
        QVERIFY(m_window->session()->isLocked());
        QVERIFY2(prompt->errorText().contains(QStringLiteral("wrong")),
                 qPrintable(prompt->errorText()));
        QVERIFY(!m_window->portfolio()->isVisible());

        QSignalSpy lockChanged(m_window->session(), &app::SessionController::lockChanged);
        prompt->passwordEdit()->clear();
        QTest::keyClicks(prompt->passwordEdit(), test::kUserPassword);
        QTest::keyClick(prompt->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLocked(), 20000);
        QCOMPARE(lockChanged.count(), 1);
        QVERIFY(m_window->portfolio()->isVisible());
        QVERIFY(m_window->menuBar()->isEnabled());
        QVERIFY(m_window->session()->idleMonitor()->isRunning());

        // Both attempts are in the audit log, newest first.
        auto admin = test::openAs(m_path, "admin");
        storage::AuditFilter filter;
        filter.action = "session.unlock";
        const auto rows = domain::AuditService(*admin).list(filter).value();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].outcome, std::string("ok"));
        QCOMPARE(rows[1].outcome, std::string("refused"));
        QCOMPARE(rows[1].username, std::string("am1"));
    }

    void otherWindowsHideWhileLocked() {
        app::CompareRunsDialog* compare = m_window->scoring()->openCompareRuns();
        QVERIFY(compare && compare->isVisible());
        m_window->session()->lock();
        QVERIFY(!compare->isVisible());
        unlock();
        QVERIFY(compare->isVisible());
    }

    void signingOutFromTheLockScreenClosesTheDatabase() {
        m_window->session()->lock();
        m_window->session()->lockScreen()->signOutButton()->click();
        QVERIFY(!m_window->workspace());
        QVERIFY(!m_window->session()->isLocked());
        QVERIFY(m_window->menuBar()->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("actionLock"))->isEnabled());
    }

    void thePreferencesSetTheIdleTime() {
        QCOMPARE(app::PreferencesDialog::lockMinutes(),
                 app::PreferencesDialog::kDefaultLockMinutes);
        QCOMPARE(m_window->session()->idleMonitor()->timeout(), 10 * 60 * 1000);
        app::PreferencesDialog* preferences = m_window->session()->openPreferences();
        QCOMPARE(preferences->lockMinutesSpin()->value(), 10);
        preferences->lockMinutesSpin()->setValue(3);
        preferences->accept();
        QCOMPARE(m_window->session()->idleMonitor()->timeout(), 3 * 60 * 1000);
        QCOMPARE(app::PreferencesDialog::lockMinutes(), 3);
        // The next sign-in uses the saved time; 0 turns the lock off.
        app::PreferencesDialog::saveLockMinutes(0);
        test::signIn(*m_window, m_path, "am2");
        QCOMPARE(m_window->session()->idleMonitor()->timeout(), 0);
        QTest::qWait(300);
        QVERIFY(!m_window->session()->isLocked());
    }

private:
    void unlock() {
        app::PasswordPrompt* prompt = m_window->session()->lockScreen()->prompt();
        QTest::keyClicks(prompt->passwordEdit(), test::kUserPassword);
        prompt->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLocked(), 20000);
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestLockScreen)
#include "TestLockScreen.moc"
