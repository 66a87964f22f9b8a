// Reports > Tier Report: the menu only for roles that may export reports, the
// dialog's run, comparison, format and file, the report written in the
// background (after the password when names leave unmasked), and errors in a
// message box with no file left behind.

#include "GuiTestSupport.h"
#include "app/reports/ReportsController.h"
#include "app/reports/TierReportDialog.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/session/PasswordPrompt.h"
#include "app/shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <filesystem>

using namespace tessera;

class TestTierReportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_db = test::newTwoRunDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanupTestCase() { m_window.reset(); }

    void theMenuIsOnlyForRolesThatMayExportReports() {
        QVERIFY(!reportsMenu()->menuAction()->isVisible()); // nobody signed in
        for (const char* user : {"admin", "sup", "ana"}) {
            test::signIn(*m_window, m_db.path, user);
            QVERIFY2(reportsMenu()->menuAction()->isVisible(), user);
            QVERIFY2(m_window->action("actionTierReport")->isEnabled(), user);
        }
        test::signIn(*m_window, m_db.path, "am1");
        QVERIFY(!reportsMenu()->menuAction()->isVisible());
        QVERIFY(!m_window->action("actionTierReport")->isEnabled());
    }

    void anAnalystExportsAnXlsxComparingTheNewestRunsWithoutAPassword() {
        test::signIn(*m_window, m_db.path, "ana");
        app::TierReportDialog* dialog = openDialog();
        QCOMPARE(dialog->runCombo()->currentData().toLongLong(), m_db.secondRun);
        QCOMPARE(dialog->compareCombo()->currentData().toLongLong(), m_db.firstRun);
        QCOMPARE(dialog->compareCombo()->itemText(0), QStringLiteral("None"));
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData("xlsx"));
        QVERIFY(dialog->fileEdit()->text().endsWith(".xlsx"));
        const QString file = QString::fromStdString(m_dir.path("analyst.xlsx"));
        dialog->fileEdit()->setText(file);
        QSignalSpy finished(m_window->reports(), &app::ReportsController::tierReportFinished);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(!m_window->findChild<app::PasswordConfirmDialog*>()); // masked: no password
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(test::readFile(file.toStdString()).starts_with("PK"));
        QVERIFY(m_window->statusBar()->currentMessage().contains("written to"));
    }

    void anAdministratorConfirmsThePasswordBeforeAnUnmaskedPdf() {
        test::signIn(*m_window, m_db.path, "admin");
        app::TierReportDialog* dialog = openDialog();
        dialog->compareCombo()->setCurrentIndex(0); // no comparison
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData("pdf"));
        const QString file = QString::fromStdString(m_dir.path("admin.pdf"));
        dialog->fileEdit()->setText(file);
        QSignalSpy finished(m_window->reports(), &app::ReportsController::tierReportFinished);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        app::PasswordConfirmDialog* confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<app::PasswordConfirmDialog*>()));
        QTest::keyClicks(confirm->prompt()->passwordEdit(), test::kAdminPassword);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());
        QProcess pdftotext;
        pdftotext.start("pdftotext", {file, "-"});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Tier report: scoring run %1").arg(m_db.secondRun)));
        QVERIFY(text.contains("Not masked"));
        // The PDF lists the first customers; the CSV and XLSX all of them.
        QVERIFY(text.contains(
            QStringLiteral("The first 2000 of %1 rows").arg(test::kScoringCustomers)));
    }

    void everyLabelWithAShortcutNamesItsField() {
        test::signIn(*m_window, m_db.path, "ana");
        app::TierReportDialog* dialog = openDialog();
        QCOMPARE(test::labelsWithoutBuddy(*dialog), QStringList());
        dialog->reject();
    }

    void anErrorIsShownAndNoFileIsLeft() {
        test::signIn(*m_window, m_db.path, "ana");
        const QString file = QString::fromStdString(m_dir.path("missing/report.csv"));
        QSignalSpy finished(m_window->reports(), &app::ReportsController::tierReportFinished);
        m_window->reports()->exportTierReport({m_db.secondRun, std::nullopt}, "csv", file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>("tesseraMessage")));
        QVERIFY(box->text().contains("does not exist"));
        box->close();
        QVERIFY(!std::filesystem::exists(file.toStdString()));
    }

private:
    QMenu* reportsMenu() const {
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu() &&
                menu->menu()->actions().contains(m_window->action("actionTierReport")))
                return menu->menu();
        return nullptr;
    }

    app::TierReportDialog* openDialog() {
        app::TierReportDialog* dialog = m_window->reports()->openTierReport();
        QSignalSpy loaded(dialog, &app::TierReportDialog::runsLoaded);
        if (!loaded.wait(20000))
            qWarning("the scoring runs did not load");
        return dialog;
    }

    test::TempDir m_dir;
    test::TwoRunDatabase m_db;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestTierReportDialog)
#include "TestTierReportDialog.moc"
