// Scoring > Score Now: the dialog's choices become the ScoringRequest, and a
// run through the real main window fills the portfolio's score columns,
// which then filter by tier and sort by RFMS in the database; a cancelled
// run leaves nothing; roles that may not score do not get the action.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioView.h"
#include "app/scoring/ScoreNowDialog.h"
#include "app/scoring/ScoringController.h"
#include "app/shell/MainWindow.h"
#include "domain/scoring/ScoringService.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace tessera;

class TestScoreNowDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newScoringDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void describesTheRequest() {
        signIn("ana");
        app::ScoreNowDialog dialog(newWorker(), m_window->workspace()->calendar());
        QSignalSpy loaded(&dialog, &app::ScoreNowDialog::versionsLoaded);
        QVERIFY(loaded.wait(10000));
        // Defaults: today, the profile's window, the newest version.
        domain::ScoringRequest defaults = dialog.request();
        QCOMPARE(*defaults.asOfDay, m_window->workspace()->calendar().today());
        QVERIFY(!defaults.window);
        QVERIFY(!defaults.profileVersion);
        QVERIFY(dialog.profileWindowChoice()->text().contains("365"));

        dialog.asOfEdit()->setDate(QDate(1998, 6, 30));
        dialog.daysSpin()->setValue(180); // choosing a number picks "the last N days"
        dialog.versionCombo()->setCurrentIndex(dialog.versionCombo()->findData(1));
        domain::ScoringRequest chosen = dialog.request();
        QCOMPARE(domain::Calendar::isoDate(*chosen.asOfDay), QStringLiteral("1998-06-30"));
        QVERIFY(chosen.window && !chosen.window->allHistory);
        QCOMPARE(chosen.window->days, 180);
        QCOMPARE(*chosen.profileVersion, std::int64_t(1));
        dialog.allHistoryChoice()->setChecked(true);
        QVERIFY(dialog.request().window->allHistory);
    }

    void scoreNowFillsTheScoreColumnsThatFilterAndSort() {
        signIn("admin");
        app::PortfolioModel* model = m_window->portfolioModel();
        QCOMPARE(model->index(0, app::PortfolioModel::TierColumn).data().toString(),
                 QStringLiteral("—")); // nobody is scored yet
        QAction* scoreNow = m_window->action("actionScoreNow");
        QVERIFY(scoreNow->isVisible() && scoreNow->isEnabled());

        QSignalSpy finished(m_window->scoring(), &app::ScoringController::scoringFinished);
        test::whenDialogOpens<app::ScoreNowDialog>([](app::ScoreNowDialog& dialog) {
            dialog.asOfEdit()->setDate(QDate(1998, 6, 30));
            dialog.allHistoryChoice()->setChecked(true);
            dialog.accept();
        });
        scoreNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto* summary = m_window->findChild<QMessageBox*>("tesseraMessage");
        QVERIFY(summary);
        QVERIFY2(summary->text().contains("as of 1998-06-30"), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains("Diamond: "), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains("Lifetime value fitted"), qPrintable(summary->text()));
        summary->close();

        QVERIFY(test::waitForRows(*model));
        QCOMPARE(model->rowCount(), test::kScoringCustomers);
        const QStringList tiers = {"Diamond", "Platinum", "Gold", "Silver", "Bronze"};
        for (int row = 0; row < model->rowCount(); row += 97)
            QVERIFY(tiers.contains(model->index(row, app::PortfolioModel::TierColumn).data()));

        app::PortfolioView* view = m_window->portfolio();
        view->tierFilter()->setCurrentIndex(view->tierFilter()->findData("Diamond"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0 &&
                                     model->rowCount() < test::kScoringCustomers / 5,
                                 20000);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, app::PortfolioModel::TierColumn).data().toString(),
                     QStringLiteral("Diamond"));
        view->tierFilter()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), test::kScoringCustomers, 20000);

        QHeaderView* header = view->table()->horizontalHeader();
        view->table()->scrollTo(model->index(0, app::PortfolioModel::RfmsColumn));
        const int rfmsX = header->sectionViewportPosition(app::PortfolioModel::RfmsColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(rfmsX, 5));
        QTRY_COMPARE(model->filter().sort, storage::PortfolioSort::Rfms);
        QVERIFY(test::waitForRows(*model));
        QVERIFY(!model->filter().descending); // best first
        double previous = 101;
        for (int row = 0; row < model->rowCount(); row += 13) {
            const double rfms = rfmsAt(row);
            QVERIFY2(rfms <= previous,
                     qPrintable(QString("row %1: %2 after %3").arg(row).arg(rfms).arg(previous)));
            previous = rfms;
        }
        QVERIFY(rfmsAt(0) > rfmsAt(model->rowCount() - 1));
    }

    void cancellingARunLeavesNothing() {
        signIn("admin");
        QSignalSpy finished(m_window->scoring(), &app::ScoringController::scoringFinished);
        domain::ScoringRequest request;
        request.asOfDay = domain::Calendar::parseDay("1998-06-30");
        m_window->scoring()->runScoring(request);
        auto* progress = m_window->findChild<QProgressDialog*>();
        QVERIFY(progress);
        emit progress->canceled(); // as the Cancel button does, before the job's first check
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        auto admin = test::openAs(m_path, "admin");
        auto runs = domain::ScoringService(*admin).runs();
        QVERIFY(runs.ok());
        QVERIFY(runs->empty());
        QVERIFY(!m_window->findChild<QMessageBox*>("tesseraMessage")); // no error box
    }

    void rolesThatMayNotScoreDoNotGetTheAction() {
        for (const char* user : {"am1", "sup"}) {
            signIn(user);
            QAction* scoreNow = m_window->action("actionScoreNow");
            QVERIFY2(!scoreNow->isVisible() && !scoreNow->isEnabled(), user);
        }
        signIn("ana");
        QVERIFY(m_window->action("actionScoreNow")->isVisible());
    }

private:
    void signIn(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        QVERIFY(test::waitForRows(*m_window->portfolioModel()));
    }

    // A worker connection like the one the main window gives its dialogs.
    app::DatabaseWorker& newWorker() {
        m_worker =
            std::make_unique<app::DatabaseWorker>(m_window->workspace()->openWorker().value());
        return *m_worker;
    }

    double rfmsAt(int row) const {
        return QLocale().toDouble(m_window->portfolioModel()
                                      ->index(row, app::PortfolioModel::RfmsColumn)
                                      .data()
                                      .toString());
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
    std::unique_ptr<app::DatabaseWorker> m_worker;
};

QTEST_MAIN(TestScoreNowDialog)
#include "TestScoreNowDialog.moc"
