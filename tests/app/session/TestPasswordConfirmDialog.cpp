// Re-authentication before personal data leaves in bulk: exporting the
// portfolio unmasked asks for the password again; a wrong one, or Cancel,
// exports nothing. An analyst's export is masked and needs no password.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioController.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/session/PasswordPrompt.h"
#include "app/shell/MainWindow.h"
#include "domain/workspace/AuditService.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;

class TestPasswordConfirmDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        m_file = QString::fromStdString(m_dir.path("export-" + std::to_string(++m_count) + ".csv"));
    }

    void cleanup() { m_window.reset(); }

    void aWrongPasswordExportsNothing() {
        test::signIn(*m_window, m_path, "am1");
        QSignalSpy finished(m_window->portfolioActions(),
                            &app::PortfolioController::exportFinished);
        m_window->portfolioActions()->exportPortfolioTo(m_file);
        app::PasswordConfirmDialog* confirm = m_window->findChild<app::PasswordConfirmDialog*>();
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->findChild<QLabel*>(QStringLiteral("confirmMessage"))
                    ->text()
                    .contains(QStringLiteral("personal data")));
        QTest::keyClicks(confirm->prompt()->passwordEdit(), "not-my-password");
        confirm->accept();
        QVERIFY(confirm->prompt()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!confirm->prompt()->isBusy(), 20000);
        QVERIFY2(confirm->prompt()->errorText().contains(QStringLiteral("wrong")),
                 qPrintable(confirm->prompt()->errorText()));
        QVERIFY(confirm->isVisible()); // for another try
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFileInfo::exists(m_file));

        confirm->reject();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QTest::qWait(200);
        QVERIFY(!QFileInfo::exists(m_file));
        // The refused confirmation is audited; no export happened.
        QCOMPARE(auditRows("identity.confirm").size(), std::size_t(1));
        QCOMPARE(auditRows("identity.confirm").front().outcome, std::string("refused"));
        QVERIFY(auditRows("customer.export").empty());
    }

    void theRightPasswordExportsThePersonalData() {
        test::signIn(*m_window, m_path, "am1");
        QSignalSpy finished(m_window->portfolioActions(),
                            &app::PortfolioController::exportFinished);
        m_window->portfolioActions()->exportPortfolioTo(m_file);
        app::PasswordConfirmDialog* confirm = m_window->findChild<app::PasswordConfirmDialog*>();
        QVERIFY(confirm);
        // As a user would: the dialog active, typing into the field, then Return.
        confirm->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(confirm));
        confirm->prompt()->passwordEdit()->setFocus();
        QTRY_VERIFY(confirm->prompt()->passwordEdit()->hasFocus());
        QTest::keyClicks(confirm->prompt()->passwordEdit(), test::kUserPassword);
        QTest::keyClick(confirm->prompt()->passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const std::string text = test::readFile(m_file.toStdString());
        QVERIFY2(text.find("A-002@example.com") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Zhang Wei") != std::string::npos, text.c_str());
        QVERIFY(text.find("Bravo") == std::string::npos); // am2's customer
        const auto exports = auditRows("customer.export");
        QCOMPARE(exports.size(), std::size_t(1));
        QCOMPARE(exports.front().outcome, std::string("ok"));
    }

    void anAnalystsMaskedExportNeedsNoPassword() {
        test::signIn(*m_window, m_path, "ana");
        QSignalSpy finished(m_window->portfolioActions(),
                            &app::PortfolioController::exportFinished);
        m_window->portfolioActions()->exportPortfolioTo(m_file);
        QVERIFY(!m_window->findChild<app::PasswordConfirmDialog*>());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const std::string text = test::readFile(m_file.toStdString());
        QVERIFY2(text.find("Z. W.") != std::string::npos, text.c_str());
        QVERIFY2(text.find("example.com") == std::string::npos, text.c_str());
    }

private:
    std::vector<storage::AuditRecord> auditRows(const std::string& action) {
        auto admin = test::openAs(m_path, "admin");
        storage::AuditFilter filter;
        filter.action = action;
        return domain::AuditService(*admin).list(filter).value();
    }

    test::TempDir m_dir;
    std::string m_path;
    QString m_file;
    int m_count = 0;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestPasswordConfirmDialog)
#include "TestPasswordConfirmDialog.moc"
