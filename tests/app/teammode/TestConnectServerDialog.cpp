// File > Connect to Server: the dialog checks its entries, builds the
// server's URI, offers the servers connected to before, and the list it
// keeps never holds a password.

#include "GuiTestSupport.h"
#include "app/shell/MainWindow.h"
#include "app/teammode/ConnectServerDialog.h"
#include "app/teammode/ServerConnectionController.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace tessera;

class TestConnectServerDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }
    void init() { QSettings().remove(QStringLiteral("teammode/recentServers")); }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("teammode/recentServers")); }

    void asksForEachMissingPart() {
        app::ConnectServerDialog dialog({});
        dialog.accept();
        QVERIFY(dialog.errorText().contains(QStringLiteral("host name")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("db1"));
        dialog.accept();
        QVERIFY(dialog.errorText().contains(QStringLiteral("database")));
        dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("crm"));
        dialog.accept();
        QVERIFY(dialog.errorText().contains(QStringLiteral("login role")));
        dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("li.na"));
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("s3cret"));
        dialog.accept();
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.uri(), QStringLiteral("postgresql://li.na:s3cret@db1:5432/crm"));
    }

    void remembersServersWithoutPasswordsNewestFirst() {
        for (int i = 0; i < app::ServerConnectionController::kRecentLimit + 2; ++i)
            app::ServerConnectionController::remember(
                QStringLiteral("postgresql://u%1:pw@db/crm").arg(i));
        app::ServerConnectionController::remember(QStringLiteral("postgresql://u9:other@db/crm"));
        const QStringList recent = app::ServerConnectionController::recentServers();
        QCOMPARE(recent.size(), app::ServerConnectionController::kRecentLimit);
        QCOMPARE(recent.first(), QStringLiteral("postgresql://u9@db/crm"));
        QCOMPARE(recent.count(QStringLiteral("postgresql://u9@db/crm")), 1);
        for (const QString& uri : recent)
            QVERIFY2(!uri.contains(QStringLiteral("pw")), qPrintable(uri));
    }

    void theLastServerFillsTheFormAndThePasswordIsAskedAgain() {
        app::ServerConnectionController::remember(
            QStringLiteral("postgresql://zhang.wei:pw@/crm?host=%2Ftmp%2Fpg&port=6543"));
        app::ConnectServerDialog dialog(app::ServerConnectionController::recentServers());
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("recentBox"))->currentIndex(), 1);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))->text(),
                 QStringLiteral("/tmp/pg"));
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("portBox"))->value(), 6543);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->text(),
                 QStringLiteral("zhang.wei"));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(dialog.uri(),
                 QStringLiteral("postgresql://zhang.wei@/crm?host=%2Ftmp%2Fpg&port=6543"));
    }

    void theFileMenuOffersIt() {
        app::MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("actionConnectServer"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().contains(QStringLiteral("Server")));
    }
};

QTEST_MAIN(TestConnectServerDialog)
#include "TestConnectServerDialog.moc"
