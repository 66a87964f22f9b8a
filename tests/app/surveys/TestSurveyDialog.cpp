// The survey form on the real main window: Edit > New Survey Response on
// the selected customer saves what was chosen (items left at "—" are not
// stored); an empty form is refused in the dialog, which stays open, and
// nothing is written.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioView.h"
#include "app/shell/MainWindow.h"
#include "app/surveys/SurveyDialog.h"

#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>

using namespace tessera;

class TestSurveyDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
    }

    void savesTheChosenAnswers() {
        auto ws = test::openAs(m_path, "am1");
        const std::int64_t customer = test::customerByCode(*ws, "A-001").id;
        app::SurveyDialog dialog(*ws, customer, QStringLiteral("Acme Trading"));
        dialog.npsBox()->setCurrentIndex(dialog.npsBox()->findData(9));
        dialog.csatBox()->setCurrentIndex(dialog.csatBox()->findData(4));
        dialog.item(4, 0)->setValue(6); // ease, item 1
        dialog.item(4, 2)->setValue(5); // ease, item 3; item 2 left unanswered
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
        QVERIFY(dialog.savedId() > 0);
        const std::string id = std::to_string(dialog.savedId());
        const auto value = [&](const std::string& sql) { return *ws->db().queryInt64(sql + id); };
        QCOMPARE(value("SELECT nps * 10 + csat FROM survey_responses WHERE id = "), 94);
        QCOMPARE(value("SELECT ces IS NULL FROM survey_responses WHERE id = "), 1);
        // Ease (dimension 5): item 1 = 6, item 3 = 5; item 2 left at "—" is not stored.
        QCOMPARE(value("SELECT count(*) FROM survey_answers WHERE response_id = "), 2);
        QCOMPARE(value("SELECT sum(dimension * 100 + item * 10 + value) FROM survey_answers "
                       "WHERE response_id = "),
                 516 + 535);
    }

    void anEmptyFormIsRefusedInTheDialog() {
        auto ws = test::openAs(m_path, "am1");
        const std::int64_t before = *ws->db().queryInt64("SELECT count(*) FROM survey_responses");
        app::SurveyDialog dialog(*ws, test::customerByCode(*ws, "A-002").id,
                                 QStringLiteral("Zhang Wei"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("at least one answer")));
        QCOMPARE(*ws->db().queryInt64("SELECT count(*) FROM survey_responses"), before);
    }

    void theMenuEntryNeedsACustomerAndTheRightToRecordActivity() {
        app::MainWindow window;
        window.show();
        test::signIn(window, m_path, "ana");
        auto* action = window.findChild<QAction*>(QStringLiteral("actionNewSurvey"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // analysts only read
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestSurveyDialog)
#include "TestSurveyDialog.moc"
