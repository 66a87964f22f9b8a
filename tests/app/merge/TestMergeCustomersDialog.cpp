// Merge Customers on the real main window: Edit > Merge Customers… with the
// selected customer prefilled, a choice per field, the counts of rows that
// move, the merge on the undo stack (undo gives back the same content hash,
// redo merges again), the roles that see the entry, and the slot the
// duplicate candidates list calls.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/merge/MergeController.h"
#include "app/merge/MergeCustomersDialog.h"
#include "app/portfolio/PortfolioView.h"
#include "app/shell/MainWindow.h"
#include "domain/customers/CustomerService.h"
#include "domain/merge/ContentHash.h"

#include <QAction>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

using namespace tessera;

class TestMergeCustomersDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void mergesFromTheMenuAndUndoRestoresTheSameContent() {
        signIn("admin");
        domain::Workspace& ws = *m_window->workspace();
        const std::int64_t a = test::customerByCode(ws, "A-002").id;
        const std::int64_t b = test::customerByCode(ws, "B-002").id;
        const std::string phoneOfB = *test::customerByCode(ws, "B-002").phone;
        m_window->portfolio()->selectCustomer(a);
        QTRY_COMPARE(m_window->customerPanel()->customerId(), a);
        // Something of B's to move: a follow-up.
        QVERIFY(ws.db().exec("INSERT INTO follow_ups (customer_id, due_day, note) VALUES (" +
                             std::to_string(b) + ", 20500, 'call')"));
        const auto before = test::tableHashes(ws.db());

        bool driven = false;
        test::whenDialogOpens<app::MergeCustomersDialog>([&](app::MergeCustomersDialog& dialog) {
            driven = true;
            chooseBsPhone(dialog, phoneOfB);
            if (dialog.isVisible()) // a failed check above leaves it open
                dialog.reject();
        });
        m_window->action(QStringLiteral("actionMergeCustomers"))->trigger();
        QVERIFY(driven);
        QCOMPARE(m_window->undoStack()->count(), 1);
        domain::CustomerService customers(ws);
        QCOMPARE(customers.idForCode("B-002").value(), a);
        QCOMPARE(*test::customerByCode(ws, "A-002").phone, phoneOfB);
        QCOMPARE(test::customerByCode(ws, "A-002").name, std::string("Zhang Wei"));
        const auto merged = test::tableHashes(ws.db());
        QVERIFY(merged != before);

        m_window->action(QStringLiteral("actionUndo"))->trigger();
        const QStringList changed = differing(test::tableHashes(ws.db()), before);
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
        QCOMPARE(customers.idForCode("B-002").value(), b);

        m_window->action(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(customers.idForCode("B-002").value(), a);
        QCOMPARE(*test::customerByCode(ws, "A-002").phone, phoneOfB);
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        const QStringList changedAgain = differing(test::tableHashes(ws.db()), before);
        QVERIFY2(changedAgain.isEmpty(), qPrintable(changedAgain.join(QStringLiteral(", "))));
    }

    void theEntryIsForSupervisorsAndAdministrators() {
        for (const auto& [user, enabled] : {std::pair{"am1", false}, std::pair{"ana", false},
                                            std::pair{"sup", true}, std::pair{"admin", true}}) {
            signIn(user);
            QCOMPARE(m_window->action(QStringLiteral("actionMergeCustomers"))->isEnabled(),
                     enabled);
        }
    }

    void aSupervisorIsToldWhenACustomerIsOutsideTheTeam() {
        signIn("sup");
        domain::Workspace& ws = *m_window->workspace();
        app::MergeCustomersDialog dialog(ws, 0, 0, m_window.get());
        dialog.setCodes(QStringLiteral("A-001"), QStringLiteral("C-001"));
        QVERIFY(!dialog.hasPreview());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("team")),
                 qPrintable(dialog.problemText()));
        dialog.setCodes(QStringLiteral("A-001"), QStringLiteral("B-001"));
        QVERIFY2(dialog.hasPreview(), qPrintable(dialog.problemText()));
        QVERIFY(dialog.problemText().isEmpty());
        QCOMPARE(test::labelsWithoutBuddy(dialog), QStringList());
    }

    void mergePairOpensTheDialogWithBothCustomers() {
        signIn("admin");
        domain::Workspace& ws = *m_window->workspace();
        const std::int64_t a = test::customerByCode(ws, "A-001").id;
        const std::int64_t b = test::customerByCode(ws, "B-001").id;
        auto* controller = m_window->findChild<app::MergeController*>();
        QVERIFY(controller);
        bool shown = false;
        bool compared = false;
        domain::MergePlan plan;
        test::whenDialogOpens<app::MergeCustomersDialog>([&](app::MergeCustomersDialog& dialog) {
            shown = true;
            compared = dialog.hasPreview();
            plan = dialog.plan();
            dialog.reject();
        });
        controller->mergePair(a, b);
        QVERIFY(shown);
        QVERIFY(compared);
        QCOMPARE(plan.intoId, a);
        QCOMPARE(plan.fromId, b);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(domain::CustomerService(ws).idForCode("B-001").value(), b);
    }

private:
    // The tables whose content differs between two tableHashes().
    static QStringList differing(const std::map<std::string, std::string>& now,
                                 const std::map<std::string, std::string>& then) {
        QStringList tables;
        for (const auto& [table, hash] : now)
            if (!then.count(table) || then.at(table) != hash)
                tables << QString::fromStdString(table);
        return tables;
    }

    // Names B, checks the comparison and chooses B's phone, then merges.
    void chooseBsPhone(app::MergeCustomersDialog& dialog, const std::string& phoneOfB) {

        auto* into = dialog.findChild<QLineEdit*>(QStringLiteral("intoEdit"));
        QCOMPARE(into->text(), QStringLiteral("A-002"));
        QVERIFY(!dialog.hasPreview());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("fromEdit")), "B-002");
        dialog.compare();
        QVERIFY2(dialog.hasPreview(), qPrintable(dialog.problemText()));
        // A's value is the default; B's phone is chosen with its radio button.
        QVERIFY(!dialog.takesFromB(domain::MergeField::Name));
        auto* phoneB = dialog.findChild<QRadioButton*>(QStringLiteral("takeB_phone"));
        QVERIFY(phoneB);
        QCOMPARE(phoneB->text(), QString::fromStdString(phoneOfB));
        phoneB->click();
        QVERIFY(dialog.takesFromB(domain::MergeField::Phone));
        QVERIFY2(dialog.countsText().contains(QStringLiteral("Follow-ups: 1")),
                 qPrintable(dialog.countsText()));
        dialog.accept();
    }

    void signIn(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestMergeCustomersDialog)
#include "TestMergeCustomersDialog.moc"
