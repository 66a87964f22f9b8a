// Administration > Users on the real main window: a new user signs in with
// the password given; disabling and enabling, resetting a password; removing
// a user and rotating the data key re-key the database in the background,
// after which the window still reads every customer and the audit chain holds.

#include "GuiTestSupport.h"
#include "app/admin/AdminController.h"
#include "app/admin/BackupScheduler.h"
#include "app/admin/NewUserDialog.h"
#include "app/admin/UsersDialog.h"
#include "app/customer/CustomerPanel.h"
#include "app/portfolio/PortfolioView.h"
#include "app/session/NewPasswordFields.h"
#include "app/session/PasswordResetDialog.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "domain/setup/WorkspaceSetup.h"
#include "domain/workspace/AuditService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;

class TestUsersDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "admin");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->admin()->backupScheduler()->isChecking(), 20000);
        m_dialog = m_window->admin()->openUsers();
        QSignalSpy listed(m_dialog, &app::UsersDialog::listed);
        QVERIFY(listed.wait(20000));
    }

    void cleanup() { m_window.reset(); }

    void listsEveryUserWithRoleAndState() {
        QStringList names;
        for (int i = 0; i < m_dialog->list()->topLevelItemCount(); ++i)
            names << m_dialog->list()->topLevelItem(i)->text(app::UsersDialog::NameColumn);
        names.sort();
        QCOMPARE(names, QStringList({"admin", "am1", "am2", "am3", "ana", "sup", "sup2"}));
        QCOMPARE(cell("ana", app::UsersDialog::RoleColumn), QStringLiteral("Analyst"));
        QCOMPARE(cell("am1", app::UsersDialog::SupervisorColumn), QStringLiteral("sup"));
        QCOMPARE(cell("am1", app::UsersDialog::ActiveColumn), QStringLiteral("Yes"));
        // Administrators do not disable or remove themselves.
        QVERIFY(m_dialog->selectUser("admin"));
        QVERIFY(!m_dialog->activeButton()->isEnabled());
    }

    void addsAUserWhoCanThenSignIn() {
        test::whenDialogOpens<app::NewUserDialog>([](app::NewUserDialog& dialog) {
            dialog.usernameEdit()->setText("wang.fang");
            dialog.displayNameEdit()->setText("Wang Fang");
            dialog.roleCombo()->setCurrentIndex(
                dialog.roleCombo()->findData(static_cast<int>(domain::Role::AccountManager)));
            dialog.supervisorCombo()->setCurrentIndex(dialog.supervisorCombo()->findText("sup2"));
            dialog.passwordFields()->passwordEdit()->setText("fang-password");
            dialog.passwordFields()->repeatEdit()->setText("fang-passwort");
            dialog.accept(); // refused: the two differ
            QVERIFY(dialog.isVisible());
            QVERIFY2(dialog.errorText().contains("differ"), qPrintable(dialog.errorText()));
            dialog.passwordFields()->repeatEdit()->setText("fang-password");
            dialog.accept();
        });
        QVERIFY(change([this] { m_dialog->addUser(); }));
        QVERIFY2(m_dialog->messageText().contains("wang.fang"),
                 qPrintable(m_dialog->messageText()));
        QTRY_COMPARE(cell("wang.fang", app::UsersDialog::DisplayNameColumn),
                     QStringLiteral("Wang Fang"));
        QCOMPARE(cell("wang.fang", app::UsersDialog::SupervisorColumn), QStringLiteral("sup2"));
        QCOMPARE(m_dialog->list()->currentItem()->text(app::UsersDialog::NameColumn),
                 QStringLiteral("wang.fang"));
        QVERIFY(canSignIn("wang.fang", "fang-password"));
        QVERIFY(!canSignIn("wang.fang", "fang-passwort"));
    }

    void disablingStopsSignInUntilEnabledAgain() {
        QVERIFY(m_dialog->selectUser("am2"));
        QCOMPARE(m_dialog->activeButton()->text(), QStringLiteral("&Disable"));
        QVERIFY(change([this] { m_dialog->activeButton()->click(); }));
        QTRY_COMPARE(cell("am2", app::UsersDialog::ActiveColumn), QStringLiteral("No"));
        QVERIFY(!canSignIn("am2", test::kUserPassword));
        QVERIFY(m_dialog->selectUser("am2"));
        QCOMPARE(m_dialog->activeButton()->text(), QStringLiteral("&Enable"));
        QVERIFY(change([this] { m_dialog->activeButton()->click(); }));
        QVERIFY(canSignIn("am2", test::kUserPassword));
    }

    void resetsAnotherUsersPassword() {
        QVERIFY(m_dialog->selectUser("am3"));
        test::whenDialogOpens<app::PasswordResetDialog>([](app::PasswordResetDialog& dialog) {
            dialog.fields()->passwordEdit()->setText("short");
            dialog.fields()->repeatEdit()->setText("short");
            dialog.accept(); // refused: too short
            QVERIFY(dialog.isVisible());
            QVERIFY2(dialog.errorText().contains("at least"), qPrintable(dialog.errorText()));
            dialog.fields()->passwordEdit()->setText("a-new-password");
            dialog.fields()->repeatEdit()->setText("a-new-password");
            dialog.accept();
        });
        QVERIFY(change([this] { m_dialog->resetPassword(); }));
        QVERIFY(canSignIn("am3", "a-new-password"));
        QVERIFY(!canSignIn("am3", test::kUserPassword));
    }

    void removingAUserReKeysAndTheWindowKeepsReading() {
        const storage::SecretKey before = m_window->workspace()->session().dataKey;
        QVERIFY(m_dialog->selectUser("ana"));
        confirmNextWarning();
        QVERIFY(change([this] { m_dialog->removeUser(); }));
        QVERIFY2(m_dialog->messageText().contains("new key"), qPrintable(m_dialog->messageText()));
        QVERIFY(!canSignIn("ana", test::kUserPassword));
        QCOMPARE(cell("ana", app::UsersDialog::ActiveColumn), QStringLiteral("Removed"));
        QVERIFY(m_dialog->selectUser("ana"));
        QVERIFY(!m_dialog->activeButton()->isEnabled()); // nothing brings them back
        QVERIFY(!sameKey(before, m_window->workspace()->session().dataKey));
        expectCustomersReadable();
    }

    void rotatingTheDataKeyKeepsEveryoneIn() {
        const storage::SecretKey before = m_window->workspace()->session().dataKey;
        confirmNextWarning();
        QVERIFY(change([this] { m_dialog->rotateDataKey(); }));
        QVERIFY(!sameKey(before, m_window->workspace()->session().dataKey));
        QVERIFY(canSignIn("am1", test::kUserPassword));
        expectCustomersReadable();
    }

    void cancellingTheWarningRemovesNobody() {
        QVERIFY(m_dialog->selectUser("am3"));
        test::whenDialogOpens<QMessageBox>([](QMessageBox& box) { box.reject(); });
        QSignalSpy changed(m_dialog, &app::UsersDialog::changed);
        m_dialog->removeUser();
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0);
        QVERIFY(canSignIn("am3", test::kUserPassword));
    }

private:
    // Runs `start` and waits for the change it makes; true when it succeeded.
    bool change(const std::function<void()>& start) {
        QSignalSpy changed(m_dialog, &app::UsersDialog::changed);
        QSignalSpy listed(m_dialog, &app::UsersDialog::listed);
        start();
        if (!changed.wait(60000))
            return false;
        listed.wait(20000); // the list shows the change
        if (!changed.at(0).at(0).toBool())
            qWarning("%s", qPrintable(m_dialog->messageText()));
        return changed.at(0).at(0).toBool();
    }

    void confirmNextWarning() {
        test::whenDialogOpens<QMessageBox>([](QMessageBox& box) {
            for (QAbstractButton* button : box.buttons())
                if (box.buttonRole(button) == QMessageBox::DestructiveRole)
                    return button->click();
        });
    }

    QString cell(const QString& username, int column) const {
        const auto found =
            m_dialog->list()->findItems(username, Qt::MatchExactly, app::UsersDialog::NameColumn);
        return found.isEmpty() ? QString() : found.front()->text(column);
    }

    bool canSignIn(const std::string& username, const std::string& password) {
        auto ws = domain::WorkspaceSetup::open(m_path);
        return ws && (*ws)->login(username, password).ok();
    }

    static bool sameKey(const storage::SecretKey& a, const storage::SecretKey& b) {
        return std::equal(a.bytes().begin(), a.bytes().end(), b.bytes().begin(), b.bytes().end());
    }

    // After re-keying, the window's new connections decrypt the personal
    // data, and what they audit keeps the chain intact.
    void expectCustomersReadable() {
        QVERIFY(m_window->portfolio());
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
        QCOMPARE(m_window->portfolioModel()->rowCount(), test::kGuiCustomers);
        app::PortfolioModel* model = m_window->portfolioModel();
        std::int64_t zhang = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, app::PortfolioModel::CodeColumn).data().toString() == "A-002")
                zhang = model->customerId(row);
        QVERIFY(zhang != 0);
        m_window->portfolio()->selectCustomer(zhang);
        app::CustomerPanel* panel = m_window->customerPanel();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->customerId() == zhang && !panel->isLoading() && panel->customer(), 20000);
        QCOMPARE(panel->fieldText("email"), QStringLiteral("A-002@example.com"));
        auto admin = test::openAs(m_path, "admin");
        auto verified = domain::AuditService(*admin).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, verified->problem.c_str());
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
    app::UsersDialog* m_dialog = nullptr;
};

QTEST_MAIN(TestUsersDialog)
#include "TestUsersDialog.moc"
