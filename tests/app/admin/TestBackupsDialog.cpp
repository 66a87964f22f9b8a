// Administration > Backups on the real main window: Back Up Now makes a file
// that opens, Check Database reports a sound file and a tampered audit log,
// Restore asks for the password and brings back the backup's state; and the
// scheduled backup runs at sign-in when one is due.

#include "GuiTestSupport.h"
#include "app/admin/AdminController.h"
#include "app/admin/BackupScheduler.h"
#include "app/admin/BackupsDialog.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/session/PasswordPrompt.h"
#include "app/shell/MainWindow.h"
#include "domain/admin/MaintenanceService.h"
#include "domain/customers/CustomerService.h"
#include "domain/rights/ErasureService.h"

#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;

class TestBackupsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "admin");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->admin()->backupScheduler()->isChecking(), 20000);
    }

    void cleanup() { m_window.reset(); }

    void theScheduleBacksUpAtSignInWhenOneIsDue() {
        // A new database has never been backed up, so signing in made one.
        QCOMPARE(backupFiles().size(), 1);
        QVERIFY(backupFiles().front().startsWith("auto-"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains("Automatic backup saved"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The next one is due a day later, not at the next sign-in.
        test::signIn(*m_window, m_path, "am1");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->admin()->backupScheduler()->isChecking(), 20000);
        QVERIFY(m_window->admin()->backupScheduler()->isRunning());
        QCOMPARE(backupFiles().size(), 1);
    }

    void backUpNowMakesAFileThatOpens() {
        app::BackupsDialog* dialog = openDialog();
        QCOMPARE(dialog->list()->topLevelItemCount(), 1); // the scheduled one
        QSignalSpy finished(dialog, &app::BackupsDialog::finished);
        QSignalSpy listed(dialog, &app::BackupsDialog::listed);
        dialog->backUpNow();
        QVERIFY(dialog->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(dialog->resultText().startsWith("Backed up to"), qPrintable(dialog->resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1, 20000);
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        QCOMPARE(backupFiles().size(), 2);
        // The backup is a whole database: sign in to it and find the customers.
        const QString newest = dialog->list()
                                   ->topLevelItem(0)
                                   ->data(app::BackupsDialog::FileColumn, Qt::UserRole)
                                   .toString();
        QVERIFY(QFileInfo::exists(newest));
        auto copy = test::openAs(newest.toStdString(), "admin");
        QCOMPARE(domain::CustomerService(*copy).count({}).value(),
                 std::int64_t(test::kGuiCustomers));
    }

    void checkReportsASoundFileThenTheTamperedAuditRow() {
        app::BackupsDialog* dialog = openDialog();
        QVERIFY(check(dialog));
        QVERIFY2(dialog->resultText().contains("integrity"), qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains("intact"), qPrintable(dialog->resultText()));
        {
            auto admin = test::openAs(m_path, "admin");
            QVERIFY(
                admin->db().exec("UPDATE audit_log SET detail = detail || '!' WHERE id = 3").ok());
        }
        QVERIFY(!check(dialog));
        QVERIFY2(dialog->resultText().contains("broken at row 3"),
                 qPrintable(dialog->resultText()));
    }

    void restoreNeedsThePasswordAndBringsBackTheBackup() {
        QPointer<app::BackupsDialog> dialog = openDialog();
        QSignalSpy finished(dialog.data(), &app::BackupsDialog::finished);
        dialog->backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, 20000);
        // A customer made after the backup.
        {
            auto admin = test::openAs(m_path, "admin");
            storage::CustomerRecord late;
            late.code = "R-001";
            late.name = "Late Arrival Ltd";
            late.kind = "company";
            QVERIFY(domain::CustomerService(*admin).create(late).ok());
        }
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        QVERIFY(dialog->restoreButton()->isEnabled());
        app::PasswordConfirmDialog* confirm = dialog->restoreSelected();
        QVERIFY(confirm && confirm->isVisible());
        QSignalSpy restored(m_window->admin(), &app::AdminController::restoreFinished);
        QTest::keyClicks(confirm->prompt()->passwordEdit(), "not-the-password");
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!confirm->prompt()->isBusy(), 20000);
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->prompt()->errorText().isEmpty());
        QCOMPARE(restored.count(), 0);
        QVERIFY(customerExists("R-001"));

        confirm->prompt()->passwordEdit()->clear();
        QTest::keyClicks(confirm->prompt()->passwordEdit(), test::kAdminPassword);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 60000);
        QCOMPARE(restored.at(0).at(0).toBool(), true);
        QVERIFY(!customerExists("R-001"));
        // Signed in again to the restored file, the window shows its customers.
        QVERIFY(m_window->workspace());
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
        QCOMPARE(m_window->portfolioModel()->rowCount(), test::kGuiCustomers);
        QVERIFY(dialog.isNull()); // it belonged to the session before the restore
        // The state before the restore was saved too.
        QVERIFY2(backupFiles().filter("before-restore").size() == 1,
                 qPrintable(backupFiles().join(',')));
    }

    void backupsMadeBeforeAnErasureCountTheErasedPerson() {
        {
            auto admin = test::openAs(m_path, "admin");
            QVERIFY(admin->confirmIdentity(test::kAdminPassword).ok());
            const std::int64_t id = test::customerByCode(*admin, "A-002").id;
            QVERIFY(domain::ErasureService(*admin).erase(id, "request").ok());
        }
        app::BackupsDialog* dialog = openDialog();
        QCOMPARE(dialog->list()->topLevelItemCount(), 1); // made at sign-in, before the erasure
        QCOMPARE(dialog->list()->topLevelItem(0)->text(app::BackupsDialog::ErasedColumn),
                 QStringLiteral("1"));
        QSignalSpy listed(dialog, &app::BackupsDialog::listed);
        dialog->backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, 30000);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(app::BackupsDialog::ErasedColumn),
                 QStringLiteral("0")); // newest first, made after
        QCOMPARE(dialog->list()->topLevelItem(1)->text(app::BackupsDialog::ErasedColumn),
                 QStringLiteral("1"));
    }

private:
    app::BackupsDialog* openDialog() {
        app::BackupsDialog* dialog = m_window->admin()->openBackups();
        QSignalSpy listed(dialog, &app::BackupsDialog::listed);
        listed.wait(20000);
        return dialog;
    }

    bool check(app::BackupsDialog* dialog) {
        QSignalSpy finished(dialog, &app::BackupsDialog::finished);
        dialog->checkDatabase();
        if (!finished.wait(30000))
            return false;
        return finished.at(0).at(0).toBool();
    }

    QStringList backupFiles() const {
        const QString folder =
            QString::fromStdString(domain::MaintenanceService::backupFolder(m_path));
        return QDir(folder).entryList({QStringLiteral("*.tessera")}, QDir::Files, QDir::Name);
    }

    bool customerExists(const std::string& code) {
        auto admin = test::openAs(m_path, "admin");
        return domain::CustomerService(*admin).idForCode(code).ok();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestBackupsDialog)
#include "TestBackupsDialog.moc"
