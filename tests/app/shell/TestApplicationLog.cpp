// The application's log on the real main window: signing in, importing a
// file of personal data and failing are logged by ids, counts and codes, and
// none of the file's names, phones or emails reaches the log.

#include "GuiTestSupport.h"
#include "app/import/ImportController.h"
#include "app/shell/MainWindow.h"
#include "domain/workspace/Log.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;

class TestApplicationLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_logs = QString::fromStdString(m_dir.path("logs"));
        QVERIFY(domain::log::start({"tessera", false, m_logs}).ok());
    }

    void aSessionIsLoggedWithoutPersonalData() {
        const std::string path = test::newGuiDatabase(m_dir);
        app::MainWindow window;
        window.show();
        test::signIn(window, path, "admin");
        QVERIFY(test::waitForRows(*window.portfolioModel()));

        const std::string csv = m_dir.path("people.csv");
        test::writeFile(csv, "code,name,kind,phone,email\n"
                             "P-1,Harriet Oakley,person,+44 7700 900123,h.oakley@example.co.uk\n"
                             "P-2,赵晓明,person,13912345678,xiaoming.zhao@example.cn\n");
        domain::ImportRequest request;
        request.kind = domain::ImportKind::Customers;
        request.path = csv;
        QSignalSpy finished(window.imports(), &app::ImportController::importFinished);
        window.imports()->runImport(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        // A failure: a file that is not there, logged by its code.
        request.path = m_dir.path("Harriet Oakley.csv");
        window.imports()->runImport(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        window.close();
        domain::log::flush();

        const QString log = readLog();
        QVERIFY2(log.contains("gui session user="), qPrintable(log));
        QVERIFY2(log.contains("use-case action=login"), qPrintable(log));
        QVERIFY2(log.contains("kind=customers") && log.contains("rows_loaded=2"), qPrintable(log));
        QVERIFY2(log.contains("error code=not-found"), qPrintable(log));
        for (const char* secret : {"Harriet Oakley", "赵晓明", "+44 7700 900123", "13912345678",
                                   "h.oakley@example.co.uk", "xiaoming.zhao@example.cn"})
            QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret);
    }

    void theHelpMenuShowsTheLogFolder() {
        app::MainWindow window;
        QAction* action = window.action(QStringLiteral("actionShowLogFolder"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(domain::log::folder(), m_logs);
    }

private:
    QString readLog() const {
        QFile file(QDir(m_logs).filePath(QStringLiteral("tessera.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    test::TempDir m_dir;
    QString m_logs;
};

QTEST_MAIN(TestApplicationLog)
#include "TestApplicationLog.moc"
