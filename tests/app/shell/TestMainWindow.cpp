// The real main window on the offscreen platform: signing in, searching,
// the 360 view, editing with undo and redo, archiving, creating, what each
// role may see, import and export.

#include "GuiTestSupport.h"
#include "app/customer/CustomerController.h"
#include "app/customer/CustomerEditorDialog.h"
#include "app/customer/CustomerPanel.h"
#include "app/customer/TimelineWidget.h"
#include "app/import/ImportController.h"
#include "app/import/ImportReportDialog.h"
#include "app/portfolio/PortfolioController.h"
#include "app/portfolio/PortfolioView.h"
#include "app/session/LoginDialog.h"
#include "app/session/PasswordConfirmDialog.h"
#include "app/session/PasswordPrompt.h"
#include "app/session/SessionController.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "ui_CustomerEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tessera;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void signsInThroughTheWindow() {
        m_window->session()->openDatabase(QString::fromStdString(m_path));
        auto* login = m_window->findChild<app::LoginDialog*>();
        QVERIFY(login);
        QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("userEdit")), "admin");
        QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                         test::kAdminPassword);
        login->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace() != nullptr, 20000);
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
        QCOMPARE(m_window->portfolioModel()->rowCount(), test::kGuiCustomers);
        const QString status = m_window->statusText();
        QVERIFY2(status.contains(QStringLiteral("Administrator")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("gui-")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("6 customers shown")), qPrintable(status));
    }

    void searchBoxFiltersAsYouType() {
        signIn("admin");
        QLineEdit* search = m_window->portfolio()->searchEdit();
        QTest::keyClicks(search, "Zhang");
        QTRY_COMPARE_WITH_TIMEOUT(test::shownNames(*m_window->portfolioModel()),
                                  QStringList({"Zhang Industrial", "Zhang Wei"}), 10000);
        search->clear();
        QTest::keyClicks(search, "A-00");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolioModel()->rowCount(), 3, 10000);
        search->clear();
        QTest::keyClicks(search, "nobody at all");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolioModel()->rowCount(), 0, 10000);
    }

    void filtersByTagStageAndOwner() {
        signIn("admin");
        app::PortfolioView* view = m_window->portfolio();
        QTRY_VERIFY(view->tagFilter()->findText("vip") > 0);
        view->tagFilter()->setCurrentIndex(view->tagFilter()->findText("vip"));
        QTRY_COMPARE(test::shownNames(*m_window->portfolioModel()),
                     QStringList({"Acme Trading", "Bravo Logistics"}));
        view->tagFilter()->setCurrentIndex(0);
        view->lifecycleFilter()->setCurrentIndex(view->lifecycleFilter()->findData("mature"));
        QTRY_COMPARE(test::shownNames(*m_window->portfolioModel()), QStringList({"Bright Foods"}));
        view->lifecycleFilter()->setCurrentIndex(0);
        view->ownerFilter()->setCurrentIndex(view->ownerFilter()->findText("am2"));
        QTRY_COMPARE(test::shownNames(*m_window->portfolioModel()),
                     QStringList({"Bravo Logistics", "Li Na"}));
    }

    void headerClickSortsInTheDatabase() {
        signIn("admin");
        QHeaderView* header = m_window->portfolio()->table()->horizontalHeader();
        const int codeX = header->sectionViewportPosition(app::PortfolioModel::CodeColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(codeX, 5));
        QTRY_COMPARE(m_window->portfolioModel()->filter().sort, storage::PortfolioSort::Code);
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(codeX, 5));
        QTRY_VERIFY(m_window->portfolioModel()->filter().descending);
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
        QCOMPARE(codeAt(0), QStringLiteral("C-001"));
        QCOMPARE(codeAt(test::kGuiCustomers - 1), QStringLiteral("A-001"));
    }

    void selectingACustomerShowsThe360View() {
        signIn("admin");
        app::CustomerPanel* panel = select("A-001");
        QCOMPARE(panel->fieldText("name"), QStringLiteral("Acme Trading"));
        QCOMPARE(panel->fieldText("code"), QStringLiteral("A-001"));
        QCOMPARE(panel->fieldText("owner"), QStringLiteral("am1"));
        QCOMPARE(panel->fieldText("tags"), QStringLiteral("key-account\nvip"));
        QTreeWidget* timeline = panel->timeline()->list();
        QCOMPARE(timeline->topLevelItemCount(), 4); // 2 transactions, an interaction, a survey
        QStringList amounts;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            amounts << timeline->topLevelItem(i)->text(app::TimelineWidget::AmountColumn);
        QVERIFY2(amounts.contains(QStringLiteral("1,200.50")), qPrintable(amounts.join('|')));
        QVERIFY2(amounts.contains(QStringLiteral("-200.00")), qPrintable(amounts.join('|')));
        QCOMPARE(timeline->topLevelItem(0)->text(app::TimelineWidget::EventColumn),
                 QStringLiteral("Survey: NPS 9, CSAT 5"));
    }

    void editingACustomerSavesAndUndoRestores() {
        signIn("admin");
        select("A-003");
        test::whenDialogOpens<app::CustomerEditorDialog>([](app::CustomerEditorDialog& editor) {
            editor.form().nameEdit->setText("Bright Foods Group");
            editor.form().industryEdit->setText("Food processing");
            editor.accept();
        });
        m_window->customers()->editCustomer();
        QCOMPARE(stored("A-003").name, std::string("Bright Foods Group"));
        QCOMPARE(stored("A-003").industry, std::string("Food processing"));
        QTRY_COMPARE(m_window->customerPanel()->fieldText("name"),
                     QStringLiteral("Bright Foods Group"));

        m_window->action("actionUndo")->trigger();
        QCOMPARE(stored("A-003").name, std::string("Bright Foods"));
        QCOMPARE(stored("A-003").industry, std::string("Retail"));
        QTRY_VERIFY(test::shownNames(*m_window->portfolioModel()).contains("Bright Foods"));

        m_window->action("actionRedo")->trigger();
        QCOMPARE(stored("A-003").name, std::string("Bright Foods Group"));
    }

    void undoRefusesWhenSomeoneElseChangedTheCustomer() {
        signIn("admin");
        select("A-003");
        test::whenDialogOpens<app::CustomerEditorDialog>([](app::CustomerEditorDialog& editor) {
            editor.form().regionEdit->setText("North China");
            editor.accept();
        });
        m_window->customers()->editCustomer();
        auto other = test::openAs(m_path, "am1");
        storage::CustomerRecord changed = test::customerByCode(*other, "A-003");
        changed.region = "South China";
        QVERIFY(domain::CustomerService(*other).update(changed).ok());

        m_window->action("actionUndo")->trigger();
        QCOMPARE(stored("A-003").region, std::string("South China")); // their change stays
        QCOMPARE(m_window->undoStack()->count(), 0);
        QTRY_VERIFY(m_window->findChild<QMessageBox*>("tesseraMessage"));
    }

    void archivingCanBeUndone() {
        signIn("admin");
        select("B-001");
        m_window->customers()->toggleArchived();
        QVERIFY(stored("B-001").archived);
        QTRY_VERIFY(!test::shownNames(*m_window->portfolioModel()).contains("Bravo Logistics"));
        m_window->action("actionUndo")->trigger();
        QVERIFY(!stored("B-001").archived);
        QTRY_VERIFY(test::shownNames(*m_window->portfolioModel()).contains("Bravo Logistics"));
        m_window->action("actionRedo")->trigger();
        QVERIFY(stored("B-001").archived);
    }

    void creatingACustomerCanBeUndone() {
        signIn("am1");
        test::whenDialogOpens<app::CustomerEditorDialog>([](app::CustomerEditorDialog& editor) {
            editor.form().codeEdit->setText("A-100");
            editor.form().nameEdit->setText("Delta Robotics");
            editor.form().emailEdit->setText("buyer@delta.example");
            editor.accept();
        });
        m_window->customers()->newCustomer();
        const storage::CustomerRecord created = stored("A-100");
        QCOMPARE(created.name, std::string("Delta Robotics"));
        QTRY_VERIFY(test::shownNames(*m_window->portfolioModel()).contains("Delta Robotics"));
        m_window->action("actionUndo")->trigger();
        auto admin = test::openAs(m_path, "admin");
        QVERIFY(!domain::CustomerService(*admin).idForCode("A-100").ok());
        QTRY_VERIFY(!test::shownNames(*m_window->portfolioModel()).contains("Delta Robotics"));
        m_window->action("actionRedo")->trigger();
        QCOMPARE(stored("A-100").name, std::string("Delta Robotics"));
    }

    void accountManagerSeesOnlyTheirCustomers() {
        signIn("am2");
        QCOMPARE(test::shownNames(*m_window->portfolioModel()),
                 QStringList({"Bravo Logistics", "Li Na"}));
        QTest::keyClicks(m_window->portfolio()->searchEdit(), "Zhang");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolioModel()->rowCount(), 0, 10000);
        QVERIFY(!m_window->action("actionImport")->isEnabled());
    }

    void analystSeesMaskedPersonalData() {
        signIn("ana");
        QVERIFY(test::shownNames(*m_window->portfolioModel()).contains("Z. W."));
        QVERIFY(!test::shownNames(*m_window->portfolioModel()).contains("Zhang Wei"));
        app::CustomerPanel* panel = select("A-002");
        QCOMPARE(panel->fieldText("name"), QStringLiteral("Z. W."));
        QCOMPARE(panel->fieldText("phone"), QStringLiteral("Hidden for your role"));
        QCOMPARE(panel->fieldText("email"), QStringLiteral("Hidden for your role"));
        QVERIFY(!m_window->action("actionEditCustomer")->isEnabled());
    }

    void importShowsAReportAndSavesRejectedRows() {
        signIn("admin");
        const std::string csv = m_dir.path("new-customers.csv");
        test::writeFile(csv, "code,name,kind,owner\n"
                             "N-001,Nova Textiles,company,am1\n"
                             "N-002,,company,am1\n"
                             "N-003,Orbit Pharma,company,am2\n");
        domain::ImportRequest request;
        request.kind = domain::ImportKind::Customers;
        request.path = csv;
        QSignalSpy finished(m_window->imports(), &app::ImportController::importFinished);
        m_window->imports()->runImport(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto* report = m_window->findChild<app::ImportReportDialog*>();
        QVERIFY(report);
        QCOMPARE(report->report().rowsRead, 3);
        QCOMPARE(report->report().rowsLoaded, 2);
        QCOMPARE(report->report().rowsRejected, 1);
        QCOMPARE(report->rejections()->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(report->saveRejectsButton()->isEnabled());
        const QString saved = QString::fromStdString(m_dir.path("rejected.csv"));
        QVERIFY(report->saveRejectsTo(saved));
        const std::string rejected = test::readFile(saved.toStdString());
        QVERIFY2(rejected.find("N-002") != std::string::npos, rejected.c_str());
        QTRY_COMPARE(m_window->portfolioModel()->rowCount(), test::kGuiCustomers + 2);
    }

    void closingTheWindowCancelsARunningImport() {
        signIn("admin");
        std::string csv = "code,name\n";
        for (int i = 0; i < 60000; ++i)
            csv += "X-" + std::to_string(i) + ",Bulk customer " + std::to_string(i) + "\n";
        const std::string file = m_dir.path("bulk.csv");
        test::writeFile(file, csv);
        domain::ImportRequest request;
        request.kind = domain::ImportKind::Customers;
        request.path = file;
        m_window->imports()->runImport(request);
        m_window.reset(); // the job is cancelled and rolled back
        QThreadPool::globalInstance()->waitForDone();
        auto admin = test::openAs(m_path, "admin");
        auto count = domain::CustomerService(*admin).count({});
        QVERIFY(count.ok());
        QCOMPARE(*count, std::int64_t(test::kGuiCustomers));
    }

    void exportWritesTheShownCustomers() {
        signIn("am1");
        const QString path = QString::fromStdString(m_dir.path("portfolio.csv"));
        QSignalSpy finished(m_window->portfolioActions(),
                            &app::PortfolioController::exportFinished);
        m_window->portfolioActions()->exportPortfolioTo(path);
        // Unmasked personal data leaves only after the password is given again.
        auto* confirm = m_window->findChild<app::PasswordConfirmDialog*>();
        QVERIFY(confirm);
        QTest::keyClicks(confirm->prompt()->passwordEdit(), test::kUserPassword);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const std::string text = test::readFile(path.toStdString());
        QCOMPARE(std::count(text.begin(), text.end(), '\n'), 4L); // header + am1's three
        QVERIFY(text.find("Acme Trading") != std::string::npos);
        QVERIFY(text.find("Bravo") == std::string::npos);
    }

    void administrationMenuOnlyForAdministrators() {
        const QStringList entries = {"actionUsers", "actionBackups", "actionAuditLog"};
        QVERIFY(!administrationMenu()->menuAction()->isVisible()); // nobody signed in
        for (const char* user : {"am1", "sup", "ana"}) {
            signIn(user);
            QVERIFY2(!administrationMenu()->menuAction()->isVisible(), user);
            for (const QString& name : entries)
                QVERIFY2(!m_window->action(name)->isVisible(), qPrintable(name));
        }
        signIn("admin");
        QVERIFY(administrationMenu()->menuAction()->isVisible());
        for (const QString& name : entries) {
            QVERIFY2(m_window->action(name)->isVisible(), qPrintable(name));
            QVERIFY2(m_window->action(name)->isEnabled(), qPrintable(name));
        }
        m_window->closeWorkspace();
        QVERIFY(!administrationMenu()->menuAction()->isVisible());
    }

private:
    QMenu* administrationMenu() const {
        for (QAction* entry : m_window->menuBar()->actions())
            if (entry->menu() && entry->menu()->actions().contains(m_window->action("actionUsers")))
                return entry->menu();
        return nullptr;
    }

    void signIn(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
    }

    QString codeAt(int row) const {
        return m_window->portfolioModel()
            ->index(row, app::PortfolioModel::CodeColumn)
            .data()
            .toString();
    }

    app::CustomerPanel* select(const QString& code) {
        app::PortfolioModel* model = m_window->portfolioModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (codeAt(row) == code) {
                const auto id = model->customerId(row);
                m_window->portfolio()->selectCustomer(id);
                app::CustomerPanel* panel = m_window->customerPanel();
                [&] {
                    QTRY_VERIFY_WITH_TIMEOUT(panel->customerId() == id && !panel->isLoading() &&
                                                 panel->customer(),
                                             10000);
                }();
                return panel;
            }
        qWarning("no row with code %s", qPrintable(code));
        return m_window->customerPanel();
    }

    storage::CustomerRecord stored(const std::string& code) {
        auto admin = test::openAs(m_path, "admin");
        return test::customerByCode(*admin, code);
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
