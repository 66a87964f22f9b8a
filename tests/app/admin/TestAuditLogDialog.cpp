// Administration > Audit Log on the real main window: the rows filtered by
// user, action, customer and dates; Verify Chain reports an intact log, then
// names the row changed behind Tessera's back; other roles are refused.

#include "GuiTestSupport.h"
#include "app/admin/AdminController.h"
#include "app/admin/AuditLogDialog.h"
#include "app/admin/BackupScheduler.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "domain/workspace/Calendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tessera;

class TestAuditLogDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        // A sign-in each for two account managers, and a customer read by the administrator.
        (void)test::openAs(m_path, "am1");
        (void)test::openAs(m_path, "am2");
        auto admin = test::openAs(m_path, "admin");
        domain::CustomerService customers(*admin);
        m_acmeId = customers.idForCode("A-001").value();
        QVERIFY(customers.open(m_acmeId).ok());
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "admin");
        // The sign-in's automatic backup writes an audit row too: let it finish first.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->admin()->backupScheduler()->isChecking(), 20000);
    }

    void cleanup() { m_window.reset(); }

    void filtersByUserActionCustomerAndDates() {
        app::AuditLogDialog* dialog = openDialog();
        const int all = dialog->model()->rowCount();
        QVERIFY2(all > 10, qPrintable(QString::number(all)));
        QTRY_VERIFY(dialog->userFilter()->findText("am1") > 0);

        dialog->userFilter()->setCurrentIndex(dialog->userFilter()->findText("am1"));
        show(dialog);
        QVERIFY(dialog->model()->rowCount() > 0);
        QCOMPARE(columnValues(dialog, app::AuditLogModel::UserColumn),
                 QStringList(dialog->model()->rowCount(), "am1"));

        dialog->actionFilter()->setCurrentText("login");
        show(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1); // am1 signed in once
        QCOMPARE(dialog->model()->record(0).action, std::string("login"));

        dialog->userFilter()->setCurrentIndex(0); // all users
        show(dialog);
        QStringList users = columnValues(dialog, app::AuditLogModel::UserColumn);
        QVERIFY2(users.contains("am1") && users.contains("am2") && users.contains("admin"),
                 qPrintable(users.join(',')));
        QCOMPARE(columnValues(dialog, app::AuditLogModel::ActionColumn),
                 QStringList(dialog->model()->rowCount(), "login"));

        dialog->actionFilter()->setCurrentText(QString());
        dialog->customerFilter()->setText("A-001");
        show(dialog);
        QVERIFY(dialog->model()->rowCount() > 0);
        const QString acme = QStringLiteral("customer %1").arg(m_acmeId);
        QCOMPARE(columnValues(dialog, app::AuditLogModel::ObjectColumn),
                 QStringList(dialog->model()->rowCount(), acme));
        QVERIFY(columnValues(dialog, app::AuditLogModel::ActionColumn)
                    .contains(domain::actionKey(domain::Action::ReadPersonalData)));

        dialog->customerFilter()->clear();
        // The rows are dated in the database's zone: "today" is its today,
        // whatever the machine's zone and hour.
        const QDate today =
            domain::Calendar::dateFromDay(m_window->workspace()->calendar().today());
        const auto* zoneNote = dialog->findChild<QLabel*>(QStringLiteral("timeZoneNote"));
        QVERIFY2(zoneNote->text().contains("Asia/Shanghai"), qPrintable(zoneNote->text()));
        dialog->fromEnabled()->setChecked(true);
        dialog->fromDate()->setDate(today.addDays(1));
        show(dialog);
        QCOMPARE(dialog->model()->rowCount(), 0);
        dialog->fromDate()->setDate(today);
        dialog->toEnabled()->setChecked(true);
        dialog->toDate()->setDate(today);
        show(dialog);
        QCOMPARE(dialog->model()->rowCount(), all);
        dialog->fromEnabled()->setChecked(false);
        dialog->toDate()->setDate(today.addDays(-1));
        show(dialog);
        QCOMPARE(dialog->model()->rowCount(), 0);
    }

    void anUnknownCustomerCodeSaysSo() {
        app::AuditLogDialog* dialog = openDialog();
        dialog->customerFilter()->setText("NO-SUCH-CODE");
        show(dialog);
        QCOMPARE(dialog->model()->rowCount(), 0);
        const QString count = dialog->findChild<QLabel*>(QStringLiteral("auditCount"))->text();
        QVERIFY2(count.contains("NO-SUCH-CODE"), qPrintable(count));
    }

    void verifyReportsIntactThenNamesTheChangedRow() {
        app::AuditLogDialog* dialog = openDialog();
        verify(dialog);
        QVERIFY2(dialog->verificationText().contains("intact"),
                 qPrintable(dialog->verificationText()));

        // Someone edits the file with SQLite, behind Tessera's back.
        const std::int64_t forged = loginRowOf("am2");
        {
            auto admin = test::openAs(m_path, "admin");
            QVERIFY(admin->db()
                        .exec("UPDATE audit_log SET detail = 'nothing happened' WHERE id = " +
                              std::to_string(forged))
                        .ok());
        }
        verify(dialog);
        const QString text = dialog->verificationText();
        QVERIFY2(text.contains(QStringLiteral("broken at row %1").arg(forged)), qPrintable(text));
        QVERIFY2(text.contains("changed"), qPrintable(text));
        // The broken row is selected in the table.
        const QModelIndexList selected = dialog->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(dialog->model()->record(selected.front().row()).id, forged);
    }

    void otherRolesSeeNoMenuAndAreRefused() {
        test::signIn(*m_window, m_path, "sup");
        QVERIFY(!m_window->action("actionAuditLog")->isVisible());
        // Opened anyway, the dialog shows only the domain's refusal.
        app::AuditLogDialog* dialog = openDialog();
        QCOMPARE(dialog->model()->rowCount(), 0);
        const QString count = dialog->findChild<QLabel*>(QStringLiteral("auditCount"))->text();
        QVERIFY2(count.contains("may not"), qPrintable(count));
        verify(dialog);
        QVERIFY2(dialog->verificationText().contains("may not"),
                 qPrintable(dialog->verificationText()));
    }

private:
    app::AuditLogDialog* openDialog() {
        app::AuditLogDialog* dialog = m_window->admin()->openAuditLog();
        if (dialog)
            (void)QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 20000);
        return dialog;
    }

    // Applies the filters and waits for the rows.
    void show(app::AuditLogDialog* dialog) {
        dialog->findChild<QPushButton*>(QStringLiteral("applyFilter"))->click();
        QVERIFY(dialog->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    }

    void verify(app::AuditLogDialog* dialog) {
        dialog->verifyButton()->click();
        QVERIFY(dialog->isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVerifying(), 20000);
    }

    static QStringList columnValues(app::AuditLogDialog* dialog, int column) {
        QStringList values;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            values << dialog->model()->index(row, column).data().toString();
        return values;
    }

    std::int64_t loginRowOf(const std::string& username) {
        auto admin = test::openAs(m_path, "admin");
        auto users = admin->db().queryInt64("SELECT id FROM audit_log WHERE action = 'login' AND "
                                            "username = '" +
                                            username + "'");
        return users.value();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::int64_t m_acmeId = 0;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestAuditLogDialog)
#include "TestAuditLogDialog.moc"
