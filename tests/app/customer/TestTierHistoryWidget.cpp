// A customer's tier history: one row per scoring run, newest first, and a
// small chart of TierScore and RFMS over the runs; loaded by the customer
// panel from ScoringService::history.

#include "GuiTestSupport.h"
#include "app/customer/CustomerPanel.h"
#include "app/common/TierBadgeDelegate.h"
#include "app/customer/TierHistoryWidget.h"
#include "domain/customers/CustomerService.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestTierHistoryWidget : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newTwoRunDatabase(m_dir).path;
    }

    void showsOneRowPerRunNewestFirst() {
        auto admin = test::openAs(m_path, "admin");
        const std::int64_t id = domain::CustomerService(*admin).idForCode("00004").value();
        const auto history = domain::ScoringService(*admin).history(id).value();
        QCOMPARE(history.size(), std::size_t(2));
        app::TierHistoryWidget widget;
        widget.setHistory(history);
        QTableWidget* table = widget.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, app::TierHistoryWidget::DateColumn)->text(), "1998-06-30");
        QCOMPARE(table->item(1, app::TierHistoryWidget::DateColumn)->text(), "1997-06-30");
        for (int row = 0; row < 2; ++row) {
            const storage::CustomerScoreRecord& s = history[std::size_t(1 - row)].score;
            QTableWidgetItem* tier = table->item(row, app::TierHistoryWidget::TierColumn);
            QCOMPARE(tier->data(app::TierBadgeDelegate::TierRole).toString(),
                     QString::fromStdString(s.tier));
            QCOMPARE(table->item(row, app::TierHistoryWidget::RfmsColumn)->text(),
                     QLocale().toString(s.rfms, 'f', 1));
            QCOMPARE(table->item(row, app::TierHistoryWidget::TierScoreColumn)->text(),
                     QLocale().toString(s.tierScore, 'f', 1));
        }
        QCOMPARE(widget.summary()->text(), QStringLiteral("2 scoring runs."));
    }

    void chartsTierScoreAndRfmsOverTheRuns() {
        auto admin = test::openAs(m_path, "admin");
        const std::int64_t id = domain::CustomerService(*admin).idForCode("00004").value();
        const auto history = domain::ScoringService(*admin).history(id).value();
        app::TierHistoryWidget widget;
        widget.setHistory(history);
        const QList<QAbstractSeries*> series = widget.chartView()->chart()->series();
        QCOMPARE(series.size(), 2);
        auto* tierScore = qobject_cast<QLineSeries*>(series[0]);
        QVERIFY(tierScore);
        QCOMPARE(tierScore->count(), 2);
        QCOMPARE(tierScore->at(0).y(), history[0].score.tierScore);
        QCOMPARE(tierScore->at(1).y(), history[1].score.tierScore);
        widget.setHistory({});
        QVERIFY(widget.chartView()->chart()->series().isEmpty());
        QCOMPARE(widget.table()->rowCount(), 0);
    }

    void thePanelShowsTheHistoryOfTheSelectedCustomer() {
        auto ws = test::openAs(m_path, "admin");
        app::DatabaseWorker worker(ws->openWorker().value());
        app::CustomerPanel panel(worker, ws->calendar());
        QSignalSpy loaded(&panel, &app::CustomerPanel::loaded);
        panel.showCustomer(domain::CustomerService(*ws).idForCode("A-001").value());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel.tierHistory()->table()->rowCount(), 2);
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestTierHistoryWidget)
#include "TestTierHistoryWidget.moc"
