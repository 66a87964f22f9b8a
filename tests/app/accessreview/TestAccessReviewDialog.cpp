// Administration > Access Review on the real main window. Reads are made
// through the domain with the clock fixed on 2026-06-30 (database zone
// Asia/Shanghai), with a bulk threshold of 1:
//   am1  07:59 A-001, 10:00 A-002      2 reads: bulk, out of hours
//   am2  22:30 B-002, 14:00 tries A-001  1 read: out of hours, refused
// The dialog shows one row per user and day with the flags in bold red,
// saves the table as CSV, and is offered to administrators only.

#include "GuiTestSupport.h"
#include "app/accessreview/AccessReviewController.h"
#include "app/accessreview/AccessReviewDialog.h"
#include "app/admin/AdminController.h"
#include "app/admin/BackupScheduler.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "domain/scoring/ProfileService.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace tessera;

class TestAccessReviewDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        {
            auto admin = test::openAs(m_path, "admin");
            auto parameters = domain::ProfileService(*admin).current().value().parameters;
            parameters.governance.bulkReadThreshold = 1;
            QVERIFY(domain::ProfileService(*admin).save(parameters, "review test").ok());
        }
        QVERIFY(openAt("am1", "2026-06-30 07:59", "A-001"));
        QVERIFY(openAt("am1", "2026-06-30 10:00", "A-002"));
        QVERIFY(openAt("am2", "2026-06-30 22:30", "B-002"));
        QVERIFY(!openAt("am2", "2026-06-30 14:00", "A-001"));
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "admin");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->admin()->backupScheduler()->isChecking(), 20000);
    }

    void cleanup() { m_window.reset(); }

    void showsReadsPerUserAndDayWithFlags() {
        app::AccessReviewDialog* dialog = openFromMenu();
        QVERIFY(dialog);
        const auto* zone = dialog->findChild<QLabel*>(QStringLiteral("timeZoneNote"));
        QVERIFY2(zone->text().contains("Asia/Shanghai"), qPrintable(zone->text()));
        QCOMPARE(test::labelsWithoutBuddy(*dialog), QStringList());
        showDay(dialog, QDate(2026, 6, 30));

        QCOMPARE(dialog->model()->rowCount(), 2);
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::UserColumn), QString("am1"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::DayColumn), QString("2026-06-30"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::ReadsColumn), QString("2"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::CustomersColumn), QString("2"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::FirstColumn), QString("07:59:00"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::LastColumn), QString("10:00:00"));
        QCOMPARE(cell(dialog, 0, app::AccessReviewModel::FlagsColumn),
                 QString("bulk, out of hours"));
        QCOMPARE(cell(dialog, 1, app::AccessReviewModel::UserColumn), QString("am2"));
        QCOMPARE(cell(dialog, 1, app::AccessReviewModel::RefusedColumn), QString("1"));
        QCOMPARE(cell(dialog, 1, app::AccessReviewModel::FlagsColumn),
                 QString("out of hours, refused"));

        // The cells that raised a flag are bold; am2's one read is not bulk.
        QVERIFY(bold(dialog, 0, app::AccessReviewModel::ReadsColumn));
        QVERIFY(!bold(dialog, 1, app::AccessReviewModel::ReadsColumn));
        QVERIFY(bold(dialog, 1, app::AccessReviewModel::RefusedColumn));
        QVERIFY(bold(dialog, 0, app::AccessReviewModel::OutOfHoursColumn));
        QVERIFY(!bold(dialog, 0, app::AccessReviewModel::UserColumn));
        QVERIFY(dialog->model()
                    ->index(0, app::AccessReviewModel::UserColumn)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QVERIFY2(dialog->summaryText().contains("3 read") &&
                     dialog->summaryText().contains("2 flagged"),
                 qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->settingsText().contains("more than 1 reads"),
                 qPrintable(dialog->settingsText()));

        // A day before has none of them.
        showDay(dialog, QDate(2026, 6, 29));
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(!dialog->exportButton()->isEnabled());
    }

    void exportsTheTableAsCsv() {
        app::AccessReviewDialog* dialog = openFromMenu();
        showDay(dialog, QDate(2026, 6, 30));
        QVERIFY(dialog->exportButton()->isEnabled());
        const QString path = QString::fromStdString(m_dir.path("review.csv"));
        QVERIFY(dialog->exportCsv(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xfeff))
                                      .split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("Day,User,Reads"), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith("2026-06-30,am1,2,2,"), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains("\"out of hours, refused\""), qPrintable(lines[2]));
    }

    void theReviewIsAudited() {
        app::AccessReviewDialog* dialog = openFromMenu();
        showDay(dialog, QDate(2026, 6, 30));
        auto admin = test::openAs(m_path, "admin");
        const auto rows = admin->db().queryInt64(
            "SELECT count(*) FROM audit_log WHERE action = 'audit.review' AND outcome = 'ok' AND "
            "detail = '2026-06-30..2026-06-30: 2 user-days, 2 flagged'");
        QCOMPARE(rows.value(), 1);
    }

    void otherRolesSeeNoMenuAndAreRefused() {
        test::signIn(*m_window, m_path, "sup");
        QVERIFY(!m_window->action("actionAccessReview")->isVisible());
        // Opened anyway, the dialog shows only the domain's refusal.
        auto* controller = m_window->findChild<app::AccessReviewController*>();
        QVERIFY(controller);
        app::AccessReviewDialog* dialog = controller->openReview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY2(dialog->summaryText().contains("may not"), qPrintable(dialog->summaryText()));
    }

private:
    bool openAt(const char* user, const char* when, const std::string& code) {
        auto ws = test::openAs(m_path, user);
        const QDateTime local = QDateTime::fromString(when, "yyyy-MM-dd HH:mm");
        const std::int64_t at =
            QDateTime(local.date(), local.time(), ws->calendar().timeZone()).toMSecsSinceEpoch();
        ws->setClock([at] { return at; });
        // Codes are looked up as the administrator: am2 may not.
        const std::int64_t id =
            domain::CustomerService(*test::openAs(m_path, "admin")).idForCode(code).value();
        return domain::CustomerService(*ws).open(id).ok();
    }

    app::AccessReviewDialog* openFromMenu() {
        QAction* action = m_window->action("actionAccessReview");
        if (!action || !action->isVisible() || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto* dialog = m_window->findChild<app::AccessReviewDialog*>();
        if (dialog)
            (void)QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 20000);
        return dialog;
    }

    void showDay(app::AccessReviewDialog* dialog, const QDate& day) {
        dialog->fromDate()->setDate(day);
        dialog->toDate()->setDate(day);
        dialog->showButton()->click();
        QVERIFY(dialog->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    }

    static QString cell(app::AccessReviewDialog* dialog, int row, int column) {
        return dialog->model()->index(row, column).data().toString();
    }

    static bool bold(app::AccessReviewDialog* dialog, int row, int column) {
        const QVariant font = dialog->model()->index(row, column).data(Qt::FontRole);
        return font.isValid() && font.value<QFont>().bold();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestAccessReviewDialog)
#include "TestAccessReviewDialog.moc"
