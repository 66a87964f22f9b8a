// The RFM segment rules of a profile: the table round-trips, rules can be
// added and removed, and adding and removing hide when read only.

#include "GuiTestSupport.h"
#include "app/scoring/SegmentRulesEditor.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

namespace {

bool sameRules(const scoring::RfmSegmentTable& a, const scoring::RfmSegmentTable& b) {
    if (a.rules.size() != b.rules.size())
        return false;
    for (std::size_t i = 0; i < a.rules.size(); ++i) {
        const auto& x = a.rules[i];
        const auto& y = b.rules[i];
        if (x.segment != y.segment || x.minRecencyScore != y.minRecencyScore ||
            x.maxRecencyScore != y.maxRecencyScore ||
            x.minFrequencyMonetaryMean != y.minFrequencyMonetaryMean ||
            x.maxFrequencyMonetaryMean != y.maxFrequencyMonetaryMean)
            return false;
    }
    return true;
}

} // namespace

class TestSegmentRulesEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void theStandardTableRoundTrips() {
        app::SegmentRulesEditor editor;
        const scoring::RfmSegmentTable standard = scoring::RfmSegmentTable::standard();
        editor.setTable(standard);
        QCOMPARE(editor.rules()->rowCount(), static_cast<int>(standard.rules.size()));
        QVERIFY(sameRules(editor.table(), standard));
        auto* segment = qobject_cast<QComboBox*>(
            editor.rules()->cellWidget(0, app::SegmentRulesEditor::SegmentColumn));
        QCOMPARE(segment->currentText(), QStringLiteral("Champions"));
    }

    void rulesCanBeEditedAddedAndRemoved() {
        app::SegmentRulesEditor editor;
        editor.setTable(scoring::RfmSegmentTable::standard());
        QSignalSpy edited(&editor, &app::SegmentRulesEditor::edited);
        const int before = editor.rules()->rowCount();
        qobject_cast<QSpinBox*>(editor.rules()->cellWidget(0, app::SegmentRulesEditor::MinRColumn))
            ->setValue(4);
        QCOMPARE(editor.table().rules.front().minRecencyScore, 4);
        editor.findChild<QPushButton*>("addRule")->click();
        QCOMPARE(editor.rules()->rowCount(), before + 1);
        QCOMPARE(editor.table().rules.back().segment, scoring::RfmSegment::Lost);
        editor.rules()->selectRow(0);
        editor.findChild<QPushButton*>("removeRule")->click();
        QCOMPARE(editor.rules()->rowCount(), before);
        QCOMPARE(edited.count(), 3);
    }

    void readOnlyHidesAddingAndRemoving() {
        app::SegmentRulesEditor editor;
        editor.setEditable(false);
        QVERIFY(editor.findChild<QPushButton*>("addRule")->isHidden());
        QVERIFY(editor.findChild<QPushButton*>("removeRule")->isHidden());
        editor.setEditable(true);
        QVERIFY(!editor.findChild<QPushButton*>("addRule")->isHidden());
    }
};

QTEST_MAIN(TestSegmentRulesEditor)
#include "TestSegmentRulesEditor.moc"
