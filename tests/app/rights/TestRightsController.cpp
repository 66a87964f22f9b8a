// Edit > Export Person's Data… and Erase Personal Data… on the real main
// window: hidden from everyone but administrators; the export asks for the
// password and writes the selected customer's JSON; the erasure explains
// itself, needs a reason and the password, and the erased customer then
// leaves the list and the 360 view (it is archived under its pseudonym).

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/rights/EraseCustomerDialog.h"
#include "app/rights/RightsController.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/session/PasswordPrompt.h"
#include "app/shell/MainWindow.h"
#include "app/shell/WorkspaceView.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;

class TestRightsController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void onlyAdministratorsSeeTheActions() {
        for (const char* user : {"am1", "sup", "ana"}) {
            test::signIn(*m_window, m_path, user);
            selectCustomer("A-002");
            QVERIFY2(!action("actionExportPersonData")->isVisible(), user);
            QVERIFY2(!action("actionErasePersonalData")->isVisible(), user);
        }
        test::signIn(*m_window, m_path, "admin");
        QVERIFY(action("actionErasePersonalData")->isVisible());
        selectCustomer("A-002");
        QVERIFY(action("actionExportPersonData")->isEnabled());
        QVERIFY(action("actionErasePersonalData")->isEnabled());
    }

    void theExportAsksForThePasswordAndWritesTheCustomer() {
        test::signIn(*m_window, m_path, "admin");
        selectCustomer("A-002");
        QSignalSpy finished(controller(), &app::RightsController::exportFinished);
        const QString file = QString::fromStdString(m_dir.path("a-002.json"));
        controller()->exportPersonTo(file);
        confirmPassword(test::kAdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject customer =
            QJsonDocument::fromJson(f.readAll()).object()["customer"].toObject();
        QCOMPARE(customer["code"].toString(), QStringLiteral("A-002"));
        QCOMPARE(customer["name"].toString(), QStringLiteral("Zhang Wei"));
        QVERIFY(!customer["phone"].toString().isEmpty());
    }

    void theErasureNeedsAReasonAndThePasswordAndClearsTheViews() {
        test::signIn(*m_window, m_path, "admin");
        const std::int64_t id = selectCustomer("A-002");
        QSignalSpy finished(controller(), &app::RightsController::erasureFinished);
        action("actionErasePersonalData")->trigger();
        auto* dialog = m_window->findChild<app::EraseCustomerDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString message = dialog->findChild<QLabel*>(QStringLiteral("eraseMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("Zhang Wei")) &&
                     message.contains(QStringLiteral("cannot be undone")),
                 qPrintable(message));
        auto* erase = dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"));
        QVERIFY(!erase->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->reasonEdit(), "request of 1 June");
        QVERIFY(erase->isEnabled());
        erase->click();
        confirmPassword(test::kAdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        // Archived by the erasure, the customer leaves the list, and the 360
        // view no longer shows the erased name.
        app::PortfolioModel* model = m_window->view()->portfolioModel();
        app::CustomerPanel* panel = m_window->view()->customerPanel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) == -1, 20000);
        QTest::qWait(200);
        const std::string pseudonym = "ERASED-" + std::to_string(id);
        QVERIFY(!panel->customer() || panel->customer()->record.name == pseudonym);
        QCOMPARE(test::customerByCode(*test::openAs(m_path, "admin"), "A-002").name, pseudonym);
        auto admin = test::openAs(m_path, "admin");
        QCOMPARE(*admin->db().queryInt64("SELECT count(*) FROM erasures WHERE customer_id = " +
                                         std::to_string(id) + " AND reason = 'request of 1 June'"),
                 std::int64_t(1));
    }

    void cancellingTheErasureChangesNothing() {
        test::signIn(*m_window, m_path, "admin");
        selectCustomer("A-002");
        QSignalSpy finished(controller(), &app::RightsController::erasureFinished);
        action("actionErasePersonalData")->trigger();
        auto* dialog = m_window->findChild<app::EraseCustomerDialog*>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), "request");
        dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"))->click();
        auto* confirm = m_window->findChild<app::PasswordConfirmDialog*>();
        QVERIFY(confirm);
        confirm->reject();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QTest::qWait(100);
        auto admin = test::openAs(m_path, "admin");
        QCOMPARE(*admin->db().queryInt64("SELECT count(*) FROM erasures"), std::int64_t(0));
        QCOMPARE(test::customerByCode(*admin, "A-002").name, std::string("Zhang Wei"));
    }

private:
    QAction* action(const char* name) {
        auto* found = m_window->findChild<QAction*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    app::RightsController* controller() { return m_window->findChild<app::RightsController*>(); }

    // Selects the customer in the portfolio and waits for the 360 view.
    std::int64_t selectCustomer(const std::string& code) {
        auto ws = test::openAs(m_path, "admin");
        const std::int64_t id = test::customerByCode(*ws, code).id;
        m_window->view()->openCustomer(id);
        app::CustomerPanel* panel = m_window->view()->customerPanel();
        const bool shown = QTest::qWaitFor(
            [&] { return panel->customer() && panel->customer()->record.id == id; }, 20000);
        if (!shown)
            qWarning("customer %lld was not shown in the 360 view", static_cast<long long>(id));
        QTest::qWait(50);
        return id;
    }

    void confirmPassword(const char* password) {
        app::PasswordConfirmDialog* confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<app::PasswordConfirmDialog*>()));
        QTest::keyClicks(confirm->prompt()->passwordEdit(), password);
        confirm->accept();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestRightsController)
#include "TestRightsController.moc"
