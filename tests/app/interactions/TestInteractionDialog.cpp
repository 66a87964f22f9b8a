// Logging an interaction on the real main window: Ctrl+L on the selected
// customer opens the form, Save stores it through the domain, Undo takes it
// back; a consent refusal stays in the form with its reason and stores nothing.

#include "GuiTestSupport.h"
#include "app/interactions/InteractionDialog.h"
#include "app/portfolio/PortfolioView.h"
#include "app/shell/MainWindow.h"
#include "domain/consent/ConsentService.h"
#include "domain/interactions/InteractionService.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace tessera;

class TestInteractionDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        auto admin = test::openAs(m_path, "admin");
        m_customer = test::customerByCode(*admin, "A-001").id;
        domain::ConsentService consent(*admin);
        QVERIFY(consent.give(m_customer, "email", "test").ok());
        QVERIFY(consent.withdraw(m_customer, "phone", "test").ok());
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "am1");
        m_window->portfolio()->selectCustomer(m_customer);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolio()->currentCustomerId(), m_customer, 20000);
    }

    void cleanup() { m_window.reset(); }

    void controlLLogsAnInteractionAndUndoTakesItBack() {
        const auto before = count();
        test::whenDialogOpens<app::InteractionDialog>([](app::InteractionDialog& d) {
            d.channel()->setCurrentIndex(d.channel()->findData(QStringLiteral("email")));
            d.kind()->setCurrentIndex(d.kind()->findData(QStringLiteral("email")));
            d.outcome()->setText(QStringLiteral("Sent the spring offer"));
            d.accept();
        });
        QAction* log = m_window->action(QStringLiteral("actionLogInteraction"));
        QVERIFY(log->isEnabled());
        QCOMPARE(log->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        log->trigger();
        QCOMPARE(count(), before + 1);
        auto ws = test::openAs(m_path, "am1");
        auto rows = domain::InteractionService(*ws).list(m_customer, 1).value();
        QCOMPARE(QString::fromStdString(rows.front().record.outcome),
                 QStringLiteral("Sent the spring offer"));
        QCOMPARE(QString::fromStdString(rows.front().username), QStringLiteral("am1"));
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(count(), before);
        m_window->action(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(count(), before + 1);
    }

    void aWithdrawnChannelIsRefusedInTheFormAndNothingIsStored() {
        const auto before = count();
        QString error;
        test::whenDialogOpens<app::InteractionDialog>([&error](app::InteractionDialog& d) {
            d.channel()->setCurrentIndex(d.channel()->findData(QStringLiteral("phone")));
            d.kind()->setCurrentIndex(d.kind()->findData(QStringLiteral("call")));
            d.accept(); // refused: the dialog stays open with the reason
            error = d.errorText();
            d.reject();
        });
        m_window->action(QStringLiteral("actionLogInteraction"))->trigger();
        QVERIFY2(error.contains(QStringLiteral("has not consented")), qPrintable(error));
        QCOMPARE(count(), before);
    }

    void theFourthContactInAWeekAsksFirst() {
        auto ws = test::openAs(m_path, "am1");
        for (int i = 0; i < 3; ++i) {
            domain::InteractionDraft d{m_customer, "email", "email", "outbound", "", "", {}, {}};
            QVERIFY(domain::InteractionService(*ws).add(d).ok());
        }
        const auto before = count();
        QString asked;
        test::whenDialogOpens<app::InteractionDialog>([&asked](app::InteractionDialog& d) {
            d.setConfirmOverContact([&asked](const QString& question) {
                asked = question;
                return true;
            });
            d.channel()->setCurrentIndex(d.channel()->findData(QStringLiteral("email")));
            d.accept();
        });
        m_window->action(QStringLiteral("actionLogInteraction"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("outbound contact number 4")), qPrintable(asked));
        QCOMPARE(count(), before + 1);
    }

private:
    std::int64_t count() {
        auto ws = test::openAs(m_path, "admin");
        return ws->db().queryInt64("SELECT count(*) FROM interactions").value();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::int64_t m_customer = 0;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestInteractionDialog)
#include "TestInteractionDialog.moc"
