// The sign-in dialog: a wrong password is refused, the right one signs in,
// and a file Tessera must refuse gets a clear message and is left unchanged.

#include "GuiTestSupport.h"
#include "app/session/LoginDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <unistd.h>

using namespace tessera;

class TestLoginDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_db = m_dir.path("login.tessera");
        test::makeStandardDatabase(m_db);
    }

    void showsTheDatabasePath() {
        app::LoginDialog dialog(QString::fromStdString(m_db));
        const auto* path = dialog.findChild<QLabel*>(QStringLiteral("pathLabel"));
        QVERIFY(path);
        QVERIFY(path->text().endsWith(QStringLiteral("login.tessera")));
    }

    void refusesAWrongPassword() {
        app::LoginDialog dialog(QString::fromStdString(m_db));
        dialog.show();
        signIn(dialog, QStringLiteral("admin"), QStringLiteral("not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QCOMPARE(dialog.errorText(), QStringLiteral("Unknown user name or wrong password."));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.takeWorkspace());
    }

    void acceptsTheRightPassword() {
        app::LoginDialog dialog(QString::fromStdString(m_db));
        dialog.show();
        signIn(dialog, QStringLiteral("am1"), QString::fromLatin1(test::kUserPassword));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        auto workspace = dialog.takeWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->session().username, std::string("am1"));
        QCOMPARE(workspace->session().role, domain::Role::AccountManager);
    }

    void refusesFilesThatAreNotUsableDatabases_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not Tessera") << "text"
                                     << "is not a Tessera database";
        QTest::newRow("damaged") << "truncated"
                                 << "is damaged";
        QTest::newRow("newer version") << "newer"
                                       << "newer version of Tessera";
        // Only where permissions are enforced (not for root, who may write anyway).
        if (::geteuid() != 0)
            QTest::newRow("read-only") << "readonly"
                                       << "cannot be written";
    }

    void refusesFilesThatAreNotUsableDatabases() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const std::string path = makeRefusedFile(kind);
        const std::string before = test::fingerprint(path);

        app::LoginDialog dialog(QString::fromStdString(path));
        dialog.show();
        signIn(dialog, QStringLiteral("admin"), QString::fromLatin1(test::kAdminPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(test::fingerprint(path), before);
        QVERIFY(!QFile::exists(QString::fromStdString(path + "-wal")));
    }

private:
    static void signIn(app::LoginDialog& dialog, const QString& user, const QString& password) {
        auto* userEdit = dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"));
        auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QVERIFY(userEdit && passwordEdit);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }

    std::string makeRefusedFile(const QString& kind) {
        const std::string path = m_dir.path(kind.toStdString() + ".tessera");
        if (kind == QLatin1String("text")) {
            test::writeFile(path, "name,phone\nNot a database,123\n");
            return path;
        }
        test::makeStandardDatabase(path);
        std::string bytes = test::readFile(path);
        if (kind == QLatin1String("truncated"))
            bytes.resize(bytes.size() / 2 + 100);
        if (kind == QLatin1String("newer"))
            bytes[63] = 99; // user_version, the schema number, big-endian at offset 60
        test::writeFile(path, bytes);
        if (kind == QLatin1String("readonly"))
            QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner);
        return path;
    }

    test::TempDir m_dir;
    std::string m_db;
};

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
