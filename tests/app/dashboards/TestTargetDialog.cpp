// The target form: a percentage typed for a share is stored as a share; a
// period that is not one, or a value out of the KPI's range, is refused in
// the dialog and nothing is written.

#include "GuiTestSupport.h"
#include "app/dashboards/TargetDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>

using namespace tessera;

class TestTargetDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
    }

    void aPercentageIsStoredAsAShare() {
        auto ws = test::openAs(m_path, "sup");
        app::TargetDialog dialog(*ws, *domain::KpiPeriod::parse("2026Q3"));
        QCOMPARE(dialog.periodEdit()->text(), QStringLiteral("2026Q3"));
        dialog.kpiBox()->setCurrentIndex(dialog.kpiBox()->findData("csat"));
        QCOMPARE(dialog.valueEdit()->suffix(), QStringLiteral(" %"));
        dialog.valueEdit()->setValue(85);
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
        auto targets = domain::KpiTargets(*ws).list(*domain::KpiPeriod::parse("2026Q3"));
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), std::size_t(1));
        QCOMPARE(targets->front().value, 0.85);
    }

    void badInputStaysInTheDialog() {
        auto ws = test::openAs(m_path, "sup");
        const std::int64_t before = *ws->db().queryInt64("SELECT count(*) FROM kpi_targets");
        app::TargetDialog dialog(*ws, *domain::KpiPeriod::parse("2026Q3"));
        dialog.show();
        dialog.periodEdit()->setText(QStringLiteral("2026Q9"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("2026Q3")));
        dialog.periodEdit()->setText(QStringLiteral("2026Q3"));
        dialog.kpiBox()->setCurrentIndex(dialog.kpiBox()->findData("nps"));
        dialog.valueEdit()->setValue(150);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("100")));
        QCOMPARE(*ws->db().queryInt64("SELECT count(*) FROM kpi_targets"), before);
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestTargetDialog)
#include "TestTargetDialog.moc"
