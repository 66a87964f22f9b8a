// The Data Quality tab on the real main window, on the GUI test database
// (GuiTestSupport.h: six customers, A-001 and B-001 tagged): the figures
// shown are the direct counts (support/QualityCounts.h), below-goal figures
// marked; a click on a figure lists the customers lacking that field and a
// double-click opens one in the 360 view; supervisors see their team's rows
// only, account managers have neither the tab nor the action, analysts see
// persons' names masked.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/quality/QualityView.h"
#include "app/shell/MainWindow.h"
#include "support/QualityCounts.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestQualityView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
    }

    void init() {
        m_window = std::make_unique<app::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void theFiguresShownAreTheDirectCounts() {
        app::QualityView* view = openQuality("admin");
        QVERIFY(view);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(view));
        QTableWidget* table = view->figuresTable();
        // All customers, then am1, am2, am3 (no customer is unassigned).
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, app::QualityView::kCustomersColumn)->text(), QStringLiteral("6"));
        QVERIFY(table->item(1, app::QualityView::kOwnerColumn)->text().contains("am1"));
        QVERIFY(table->item(3, app::QualityView::kOwnerColumn)->text().contains("am3"));
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        const char* owners[] = {"", "am1", "am2", "am3"};
        for (int column = app::QualityView::kFirstFieldColumn; column < table->columnCount();
             ++column) {
            const auto field = app::QualityView::fieldOfColumn(column);
            QVERIFY(field);
            const std::string key = domain::QualityService::fieldKey(*field);
            for (int row = 0; row < 4; ++row)
                QCOMPARE(table->item(row, column)->data(Qt::UserRole).toLongLong(),
                         test::directQualityCount(**db, key, owners[row]));
        }
        // Two of six tagged: 33.3%, below the 80% goal, and marked so.
        QTableWidgetItem* tags = table->item(0, table->columnCount() - 1);
        QCOMPARE(tags->data(Qt::UserRole).toLongLong(), 2);
        QVERIFY2(tags->text().contains(QStringLiteral("33.3%")), qPrintable(tags->text()));
        QVERIFY(tags->text().startsWith(QStringLiteral("▼")));
        QVERIFY(tags->toolTip().contains(QStringLiteral("missed")));
        QTableWidgetItem* name = table->item(0, app::QualityView::kFirstFieldColumn);
        QVERIFY(name->text().contains(QStringLiteral("100.0%")));
        QVERIFY(!name->text().startsWith(QStringLiteral("▼")));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("qualityGoals"))
                    ->text()
                    .contains(QStringLiteral("90.0%")));
    }

    void aClickListsTheIncompleteCustomersAndADoubleClickOpensOne() {
        app::QualityView* view = openQuality("admin");
        QVERIFY(view);
        clickFigure(view, 0, view->figuresTable()->columnCount() - 1); // everyone's tags
        QTRY_VERIFY_WITH_TIMEOUT(view->incompleteLoaded(), 20000);
        QTableWidget* list = view->incompleteTable();
        QCOMPARE(codes(list), (QStringList{"A-002", "A-003", "B-002", "C-001"}));
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("Zhang Wei"));
        QCOMPARE(list->item(0, 2)->text(), QStringLiteral("am1"));
        QVERIFY(view->incompleteHeading()->text().contains(QStringLiteral("Tags")));

        const QRect cell = list->visualItemRect(list->item(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->customerPanel()->customer().has_value() &&
                                     m_window->customerPanel()->customer()->record.code == "A-003",
                                 20000);
    }

    void anOwnersFigureListsOnlyTheirCustomers() {
        app::QualityView* view = openQuality("admin");
        QVERIFY(view);
        clickFigure(view, 2, view->figuresTable()->columnCount() - 1); // am2's tags
        QTRY_VERIFY_WITH_TIMEOUT(view->incompleteLoaded(), 20000);
        QCOMPARE(codes(view->incompleteTable()), QStringList{"B-002"});
        QVERIFY(view->incompleteHeading()->text().contains(QStringLiteral("am2")));
        // The owner column's own figure lists nobody: each has an owner.
        clickFigure(view, 0, app::QualityView::kFirstFieldColumn + 5);
        QTRY_VERIFY_WITH_TIMEOUT(view->incompleteLoaded(), 20000);
        QCOMPARE(view->incompleteTable()->rowCount(), 0);
    }

    void aSupervisorSeesTheirTeamsRowsOnly() {
        app::QualityView* view = openQuality("sup");
        QVERIFY(view);
        QTableWidget* table = view->figuresTable();
        QCOMPARE(table->rowCount(), 3); // everyone they may see, am1, am2
        QCOMPARE(table->item(0, app::QualityView::kCustomersColumn)->text(), QStringLiteral("5"));
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->item(row, app::QualityView::kOwnerColumn)->text().contains("am3"));
    }

    void anAccountManagerHasNeitherTheTabNorTheAction() {
        m_window->setWorkspace(test::openAs(m_path, "am1"));
        QAction* show = m_window->findChild<QAction*>(QStringLiteral("actionShowDataQuality"));
        QVERIFY(show);
        QVERIFY(!show->isVisible());
        QVERIFY(!m_window->findChild<app::QualityView*>());
        m_window->setWorkspace(test::openAs(m_path, "admin"));
        QVERIFY(show->isVisible());
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        QVERIFY(m_window->findChild<app::QualityView*>());
    }

    void anAnalystSeesPersonsNamesMasked() {
        app::QualityView* view = openQuality("ana");
        QVERIFY(view);
        clickFigure(view, 0, view->figuresTable()->columnCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(view->incompleteLoaded(), 20000);
        QTableWidget* list = view->incompleteTable();
        QCOMPARE(list->rowCount(), 4);
        QStringList names;
        for (int row = 0; row < list->rowCount(); ++row)
            names << list->item(row, 1)->text();
        QVERIFY(!names.contains(QStringLiteral("Zhang Wei")));
        QVERIFY(!names.contains(QStringLiteral("Li Na")));
        QVERIFY(names.contains(QStringLiteral("Bright Foods"))); // a company's name stays
    }

private:
    app::QualityView* openQuality(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        QAction* show = m_window->findChild<QAction*>(QStringLiteral("actionShowDataQuality"));
        if (!show)
            return nullptr;
        show->trigger();
        auto* view = m_window->findChild<app::QualityView*>();
        if (view && !QTest::qWaitFor([view] { return view->hasLoaded(); }, 20000))
            return nullptr;
        return view;
    }

    static void clickFigure(app::QualityView* view, int row, int column) {
        QTableWidget* table = view->figuresTable();
        table->scrollToItem(table->item(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, column)).center());
    }

    static QStringList codes(QTableWidget* list) {
        QStringList out;
        for (int row = 0; row < list->rowCount(); ++row)
            out << list->item(row, 0)->text();
        return out;
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestQualityView)
#include "TestQualityView.moc"
