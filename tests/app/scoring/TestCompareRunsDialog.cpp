// Scoring > Compare Runs: two run pickers (the one before the newest and the
// newest by default) and the customers whose tier changed between them, with
// promotions and demotions counted; each role sees only its portfolio.

#include "GuiTestSupport.h"
#include "app/common/TierBadgeDelegate.h"
#include "app/scoring/CompareRunsDialog.h"
#include "app/scoring/ScoringController.h"
#include "app/shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestCompareRunsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        const test::TwoRunDatabase db = test::newTwoRunDatabase(m_dir);
        m_path = db.path;
        m_first = db.firstRun;
        m_second = db.secondRun;
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanupTestCase() { m_window.reset(); }

    void listsTheCustomersWhoseTierChanged() {
        app::CompareRunsDialog* dialog = open("admin");
        QCOMPARE(dialog->fromCombo()->currentData().toLongLong(), m_first);
        QCOMPARE(dialog->toCombo()->currentData().toLongLong(), m_second);
        auto admin = test::openAs(m_path, "admin");
        const auto changes = domain::ScoringService(*admin).tierChanges(m_first, m_second).value();
        QVERIFY(!changes.empty());
        QTableWidget* table = dialog->changes();
        QCOMPARE(table->rowCount(), static_cast<int>(changes.size()));
        const storage::TierChangeRecord& first = changes.front();
        QCOMPARE(table->item(0, app::CompareRunsDialog::CodeColumn)->text(),
                 QString::fromStdString(first.code));
        QCOMPARE(table->item(0, app::CompareRunsDialog::FromTierColumn)
                     ->data(app::TierBadgeDelegate::TierRole),
                 QString::fromStdString(first.fromTier));
        QCOMPARE(table->item(0, app::CompareRunsDialog::ToTierColumn)
                     ->data(app::TierBadgeDelegate::TierRole),
                 QString::fromStdString(first.toTier));
        int promoted = 0, demoted = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString change = table->item(row, app::CompareRunsDialog::ChangeColumn)->text();
            promoted += change.contains("Promoted");
            demoted += change.contains("Demoted");
        }
        QCOMPARE(promoted + demoted, table->rowCount());
        QCOMPARE(dialog->summary()->text(),
                 QStringLiteral("%1 promoted, %2 demoted.").arg(promoted).arg(demoted));
        dialog->close();
    }

    void aRunComparedWithItselfChangesNothing() {
        app::CompareRunsDialog* dialog = open("admin");
        QSignalSpy compared(dialog, &app::CompareRunsDialog::compared);
        dialog->fromCombo()->setCurrentIndex(dialog->toCombo()->currentIndex());
        QVERIFY(compared.wait(10000));
        QCOMPARE(compared.last().at(0).toInt(), 0);
        QCOMPARE(dialog->changes()->rowCount(), 0);
        QVERIFY(dialog->summary()->text().startsWith("No customer"));
        dialog->close();
    }

    void anAccountManagerSeesOnlyTheirCustomers() {
        app::CompareRunsDialog* dialog = open("am1");
        QVERIFY(m_window->action("actionCompareRuns")->isEnabled());
        // am1's customers bought only in 2024: no tier of theirs moved in 1997-98.
        QCOMPARE(dialog->changes()->rowCount(), 0);
        dialog->close();
    }

private:
    app::CompareRunsDialog* open(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        app::CompareRunsDialog* dialog = m_window->scoring()->openCompareRuns();
        QSignalSpy compared(dialog, &app::CompareRunsDialog::compared);
        if (!compared.wait(20000))
            qWarning("the comparison did not finish");
        return dialog;
    }

    test::TempDir m_dir;
    std::string m_path;
    std::int64_t m_first = 0, m_second = 0;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestCompareRunsDialog)
#include "TestCompareRunsDialog.moc"
