// File > New Database: the dialog checks its entries with the domain's rules,
// and the window creates the file in the background and signs its new
// administrator in.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/session/NewDatabaseDialog.h"
#include "app/shell/MainWindow.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTest>

using namespace tessera;

class TestNewDatabaseDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void checksTheEntries_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short password") << "a.tessera"
                                        << "short"
                                        << "short"
                                        << "at least 8";
        QTest::newRow("passwords differ") << "b.tessera"
                                          << "long-enough-1"
                                          << "long-enough-2"
                                          << "The two passwords differ";
        QTest::newRow("file exists") << "exists.tessera"
                                     << "long-enough"
                                     << "long-enough"
                                     << "already exists";
        QTest::newRow("no file") << ""
                                 << "long-enough"
                                 << "long-enough"
                                 << "Choose where";
    }

    void checksTheEntries() {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, expected);
        test::writeFile(m_dir.path("exists.tessera"), "taken");
        app::NewDatabaseDialog dialog{QString()};
        fill(dialog,
             file.isEmpty() ? QString() : QString::fromStdString(m_dir.path(file.toStdString())),
             password, confirmation);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    }

    void addsTheFileExtension() {
        app::NewDatabaseDialog dialog(QString::fromStdString(m_dir.path("clients")));
        QVERIFY(dialog.path().endsWith(QStringLiteral("clients.tessera")));
    }

    void theWindowCreatesTheDatabaseAndSignsIn() {
        const QString path = QString::fromStdString(m_dir.path("fresh.tessera"));
        app::MainWindow window;
        window.show();
        test::whenDialogOpens<app::NewDatabaseDialog>([path](app::NewDatabaseDialog& dialog) {
            fill(dialog, path, QStringLiteral("first-admin-pw"), QStringLiteral("first-admin-pw"));
            dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText("owner");
            dialog.accept();
        });
        window.action(QStringLiteral("actionNewDatabase"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 30000);
        QCOMPARE(window.workspace()->session().username, std::string("owner"));
        QCOMPARE(window.workspace()->session().role, domain::Role::Administrator);
        // The portfolio's own connections opened the new file too.
        QVERIFY(test::waitForRows(*window.portfolioModel()));
        QCOMPARE(window.portfolioModel()->rowCount(), 0);
        QVERIFY(window.action(QStringLiteral("actionNewCustomer"))->isEnabled());
        window.closeWorkspace();
        auto again = domain::WorkspaceSetup::open(path.toStdString());
        QVERIFY(again.ok());
        QVERIFY((*again)->login("owner", "first-admin-pw").ok());
    }

private:
    static void fill(app::NewDatabaseDialog& dialog, const QString& path, const QString& password,
                     const QString& confirmation) {
        dialog.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(path);
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
        dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(confirmation);
    }

    test::TempDir m_dir;
};

QTEST_MAIN(TestNewDatabaseDialog)
#include "TestNewDatabaseDialog.moc"
