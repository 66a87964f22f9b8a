// Saving journey snapshots and comparing two: the save dialog keeps a
// refusal (a name already used) on screen; the comparison shows before,
// after and the change of each figure, ▲/▼ coloured by whether it is better
// (CSAT up) or worse (complaint rate and priority up), and marks a
// touchpoint only the later snapshot has as new.

#include "GuiTestSupport.h"
#include "JourneyTestData.h"
#include "app/journeys/JourneyCompareDialog.h"
#include "app/journeys/JourneySnapshotSaveDialog.h"
#include "domain/journeymaps/JourneyService.h"
#include "domain/journeys/JourneyEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace tessera;
using Column = app::JourneyCompareDialog::Column;

class TestJourneyCompareDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
        test::addJourneyData(m_path);
        m_ws = test::openAs(m_path, "admin");
        test::fixJourneyClock(*m_ws);
    }

    domain::JourneyMap q2() {
        domain::JourneyRequest request;
        request.period = *domain::KpiPeriod::parse("2026Q2");
        return domain::JourneyService(*m_ws).compute(request).value();
    }

    void theSaveDialogSavesAndKeepsARefusalOnScreen() {
        app::JourneySnapshotSaveDialog dialog(*m_ws, q2(), QStringLiteral("2026Q2 everyone"));
        dialog.show();
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("2026Q2 everyone"));
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 20000);
        QVERIFY(dialog.savedId() > 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        app::JourneySnapshotSaveDialog again(*m_ws, q2(), QStringLiteral("2026Q2 everyone"));
        again.show();
        again.save();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isSaving(), 20000);
        QCOMPARE(again.savedId(), 0);
        QVERIFY(again.isVisible());
        QVERIFY(again.errorLabel()->isVisible());
        QVERIFY2(!again.errorLabel()->text().isEmpty(), "no message for a duplicate name");
    }

    void theComparisonShowsTheChangesColouredByBetterOrWorse() {
        // Later in the quarter: the hotline answers better, quotations draw
        // complaints, and a new touchpoint is in use.
        test::addJourneySurvey(*m_ws, "A-002", "2026-06-25", "Service hotline", 5);
        test::addJourneySurvey(*m_ws, "B-002", "2026-06-26", "Service hotline", 5);
        test::addJourneyInteraction(*m_ws, "A-003", "2026-06-27", "Quotation", "complaint");
        QVERIFY(domain::JourneyEditor(*m_ws).addTouchpoint("After-sales", "Live chat").ok());
        test::addJourneyInteraction(*m_ws, "A-003", "2026-06-28", "Live chat", "message", "web");
        QVERIFY(domain::JourneySnapshots(*m_ws).save(q2(), "2026Q2 later").ok());

        app::JourneyCompareDialog dialog(*m_ws);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasListed(), 20000);
        QCOMPARE(dialog.beforeBox()->currentData().toString(), QStringLiteral("2026Q2 everyone"));
        QCOMPARE(dialog.afterBox()->currentData().toString(), QStringLiteral("2026Q2 later"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.table()->rowCount() > 0, 20000);
        QTableWidget* table = dialog.table();
        const auto row = [table](const QString& touchpoint) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, Column::TouchpointColumn)->text() == touchpoint)
                    return r;
            return -1;
        };
        const auto verdict = [table](int r, int column) {
            return table->item(r, column)->data(app::JourneyCompareDialog::VerdictRole).toInt();
        };
        const int hotline = row(QStringLiteral("Service hotline"));
        QVERIFY(hotline >= 0);
        QCOMPARE(table->item(hotline, Column::CsatBefore)->text(), QLocale().toString(1.0, 'f', 2));
        QCOMPARE(table->item(hotline, Column::CsatAfter)->text(), QLocale().toString(3.0, 'f', 2));
        QVERIFY(table->item(hotline, Column::CsatChange)->text().startsWith(QStringLiteral("▲")));
        QCOMPARE(verdict(hotline, Column::CsatChange), 1);
        QCOMPARE(table->item(hotline, Column::CsatChange)->foreground().color(),
                 QColor(0x2e, 0x7d, 0x32));
        QCOMPARE(table->item(hotline, Column::VolumeChange)->text(), QStringLiteral("="));

        const int quotation = row(QStringLiteral("Quotation"));
        QVERIFY(quotation >= 0);
        QVERIFY(table->item(quotation, Column::ComplaintsChange)
                    ->text()
                    .startsWith(QStringLiteral("▲")));
        QCOMPARE(verdict(quotation, Column::ComplaintsChange), -1);
        QCOMPARE(table->item(quotation, Column::ComplaintsChange)->foreground().color(),
                 QColor(0xb3, 0x26, 0x1e));
        QCOMPARE(verdict(quotation, Column::VolumeChange), 0); // more volume is neither

        const int chat = row(QStringLiteral("Live chat (new)"));
        QVERIFY(chat >= 0);
        QCOMPARE(table->item(chat, Column::VolumeBefore)->text(), QStringLiteral("–"));
        QCOMPARE(table->item(chat, Column::VolumeAfter)->text(), QLocale().toString(1.0, 'f', 0));
    }

    void oneSnapshotOnlyAsksForAnother() {
        test::TempDir dir;
        const std::string path = test::newGuiDatabase(dir);
        auto ws = test::openAs(path, "admin");
        app::JourneyCompareDialog dialog(*ws);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasListed(), 20000);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("two snapshots")));
    }

private:
    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<domain::Workspace> m_ws;
};

QTEST_MAIN(TestJourneyCompareDialog)
#include "TestJourneyCompareDialog.moc"
