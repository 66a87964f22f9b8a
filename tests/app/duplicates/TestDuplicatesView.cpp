// The Duplicates tab on the real main window, on the GUI test database
// (GuiTestSupport.h) with the planted duplicates (support/DuplicateTestData.h):
// the planted pairs are listed with score and reasons, near misses are not,
// a double-click opens the customer of the half clicked, supervisors see
// their team's pairs only, account managers have neither tab nor action,
// analysts see persons' names masked, and Merge… asks for the selected pair
// only once a merge is on offer.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/duplicates/DuplicatesView.h"
#include "app/merge/MergeCustomersDialog.h"
#include "app/shell/MainWindow.h"
#include "support/DuplicateTestData.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tessera;
using View = app::DuplicatesView;

class TestDuplicatesView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        auto admin = test::openAs(m_path, "admin");
        test::plantDuplicates(*admin);
    }

    void init() {
        m_window = std::make_unique<app::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void listsThePlantedPairsWithScoreAndReasons() {
        View* view = openDuplicates("admin");
        QVERIFY(view);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(view));
        // The GUI database's two persons share a phone (A-002/B-002) as well.
        QCOMPARE(pairs(view), (QStringList{"I1/I2", "E1/E2", "A-002/B-002", "P1/P2", "C1/C2"}));
        QTableWidget* table = view->table();
        QCOMPARE(table->item(0, View::ScoreColumn)->text(), QStringLiteral("0.95"));
        QCOMPARE(table->item(0, View::ReasonsColumn)->text(), QStringLiteral("same ID number"));
        QCOMPARE(table->item(1, View::ReasonsColumn)->text(),
                 QStringLiteral("same email, same name"));
        QCOMPARE(table->item(4, View::FirstNameColumn)->text(),
                 QString::fromUtf8("北京星辰科技有限公司"));
        QCOMPARE(table->item(4, View::SecondNameColumn)->text(), QString::fromUtf8("北京星辰科技"));
        QVERIFY(view->statusLabel()->text().startsWith(QStringLiteral("5 pair")));
        // The main window offers the merge of the selected pair: the Merge
        // Customers dialog opens on it, the older customer as the survivor.
        QVERIFY(!view->mergeButton()->isHidden());
        table->selectRow(4);
        std::int64_t into = 0, from = 0;
        test::whenDialogOpens<app::MergeCustomersDialog>([&](app::MergeCustomersDialog& dialog) {
            const domain::MergePlan plan = dialog.plan();
            into = plan.intoId;
            from = plan.fromId;
            dialog.reject();
        });
        QTest::mouseClick(view->mergeButton(), Qt::LeftButton);
        QCOMPARE(into, view->list().pairs[4].first.id);
        QCOMPARE(from, view->list().pairs[4].second.id);
    }

    void aDoubleClickOpensTheCustomerOfTheHalfClicked() {
        View* view = openDuplicates("admin");
        QVERIFY(view);
        QTableWidget* table = view->table();
        const int row = static_cast<int>(pairs(view).indexOf("P1/P2"));
        QVERIFY(row >= 0);
        doubleClick(table, row, View::SecondCodeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(customerShown("P2"), 20000);
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionShowDuplicates")));
        view = openDuplicates("admin");
        doubleClick(view->table(), row, View::FirstNameColumn);
        QTRY_VERIFY_WITH_TIMEOUT(customerShown("P1"), 20000);
    }

    void aSupervisorSeesTheirTeamsPairsOnly() {
        View* view = openDuplicates("sup");
        QVERIFY(view);
        QCOMPARE(pairs(view), (QStringList{"I1/I2", "E1/E2", "A-002/B-002", "P1/P2"}));
    }

    void anAccountManagerHasNeitherTheTabNorTheAction() {
        m_window->setWorkspace(test::openAs(m_path, "am1"));
        QAction* show = m_window->findChild<QAction*>(QStringLiteral("actionShowDuplicates"));
        QVERIFY(show);
        QVERIFY(!show->isVisible());
        QVERIFY(!m_window->findChild<View*>());
        m_window->setWorkspace(test::openAs(m_path, "admin"));
        QVERIFY(show->isVisible());
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(m_window->findChild<View*>());
    }

    void anAnalystSeesPersonsNamesMasked() {
        View* view = openDuplicates("ana");
        QVERIFY(view);
        QCOMPARE(view->table()->rowCount(), 5);
        QStringList names;
        for (int row = 0; row < view->table()->rowCount(); ++row)
            names << view->table()->item(row, View::FirstNameColumn)->text()
                  << view->table()->item(row, View::SecondNameColumn)->text();
        QVERIFY(!names.contains(QStringLiteral("Li Na")));
        QVERIFY(!names.contains(QStringLiteral("Zhang Wei")));
        QVERIFY(names.contains(QString::fromUtf8("北京星辰科技"))); // a company's name stays
        QVERIFY(view->mergeButton()->isHidden());
    }

    void mergeAsksForTheSelectedPairOnceOnOffer() {
        auto ws = test::openAs(m_path, "admin");
        View view(*ws);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.hasLoaded(), 20000);
        QVERIFY(view.mergeButton()->isHidden());
        view.setMergeAvailable(true);
        QVERIFY(view.mergeButton()->isVisible());
        QVERIFY(!view.mergeButton()->isEnabled()); // nothing selected yet
        QSignalSpy spy(&view, &View::mergeRequested);
        const int row = static_cast<int>(pairs(&view).indexOf("C1/C2"));
        view.table()->selectRow(row);
        QVERIFY(view.mergeButton()->isEnabled());
        QTest::mouseClick(view.mergeButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto& pair = view.list().pairs[static_cast<std::size_t>(row)];
        QCOMPARE(spy.first().at(0).value<std::int64_t>(), pair.first.id);
        QCOMPARE(spy.first().at(1).value<std::int64_t>(), pair.second.id);

        // Analysts may not merge: no button even when a merge is on offer.
        auto analyst = test::openAs(m_path, "ana");
        View masked(*analyst);
        masked.setMergeAvailable(true);
        QVERIFY(masked.mergeButton()->isHidden());
    }

private:
    View* openDuplicates(const std::string& user) {
        if (!m_window->findChild<View*>() || user != m_user) {
            m_window->setWorkspace(test::openAs(m_path, user));
            m_user = user;
        }
        QAction* show = m_window->findChild<QAction*>(QStringLiteral("actionShowDuplicates"));
        if (!show)
            return nullptr;
        show->trigger();
        auto* view = m_window->findChild<View*>();
        if (view && !QTest::qWaitFor([view] { return view->hasLoaded(); }, 20000))
            return nullptr;
        return view;
    }

    static QStringList pairs(View* view) {
        QStringList out;
        for (int row = 0; row < view->table()->rowCount(); ++row)
            out << view->table()->item(row, View::FirstCodeColumn)->text() + "/" +
                       view->table()->item(row, View::SecondCodeColumn)->text();
        return out;
    }

    static void doubleClick(QTableWidget* table, int row, int column) {
        QTableWidgetItem* item = table->item(row, column);
        table->scrollToItem(item);
        const QPoint at = table->visualItemRect(item).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    }

    bool customerShown(const std::string& code) const {
        const auto& shown = m_window->customerPanel()->customer();
        return shown.has_value() && shown->record.code == code;
    }

    test::TempDir m_dir;
    std::string m_path;
    std::string m_user;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestDuplicatesView)
#include "TestDuplicatesView.moc"
