// The profile's settings editor: every setting goes in and comes back out
// unchanged (compared as the stored JSON), edits reach the parameters, and
// read-only mode keeps the values readable but unchangeable.

#include "GuiTestSupport.h"
#include "app/scoring/ProfileSettingsEditor.h"
#include "app/scoring/SegmentRulesEditor.h"
#include "domain/scoring/ScoringProfileCodec.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

namespace {

scoring::ScoringParameters unusualParameters() {
    scoring::ScoringParameters p;
    p.window = {true, 180};
    p.rfmsWeights = {0.1, 0.2, 0.3, 0.4};
    p.socialWeightByKind = {0.5, 4, 2.5, 1, 1, 0.25, 0, 0, 0};
    p.segmentTable.rules.pop_back();
    p.kmeans = {6, 987654321012345ULL, 250};
    p.crmv = {5, 12};
    p.tiers.lambda = 0.45;
    p.tiers.scheme = scoring::TierSchemeKind::AbsoluteThresholds;
    p.tiers.cumulativeShares = {0.05, 0.15, 0.35, 0.65, 1.0};
    p.tiers.minimumScores = {85, 70, 55, 30};
    p.clv = {scoring::ClvTimeUnit::Days, 365, 0.08};
    p.warnings.churnInactivityDays = 120;
    p.warnings.lowestKeyTier = scoring::Tier::Gold;
    p.warnings.rfmsDropPoints = 12.5;
    p.warnings.cronbachAlphaMinimum = 0.8;
    return p;
}

QJsonObject json(const scoring::ScoringParameters& p) {
    return domain::ScoringProfileCodec::encode(p);
}

} // namespace

class TestProfileSettingsEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void everySettingRoundTrips() {
        app::ProfileSettingsEditor editor;
        const scoring::ScoringParameters p = unusualParameters();
        editor.setParameters(p);
        QCOMPARE(json(editor.parameters()), json(p));
        editor.setParameters(scoring::ScoringParameters{});
        QCOMPARE(json(editor.parameters()), json(scoring::ScoringParameters{}));
    }

    void editsReachTheParameters() {
        app::ProfileSettingsEditor editor;
        editor.setParameters({});
        QSignalSpy edited(&editor, &app::ProfileSettingsEditor::edited);
        qobject_cast<QDoubleSpinBox*>(editor.field("tiers.lambda"))->setValue(0.7);
        auto* scheme = qobject_cast<QComboBox*>(editor.field("tiers.scheme"));
        scheme->setCurrentIndex(scheme->findData("thresholds"));
        qobject_cast<QLineEdit*>(editor.field("kmeans.seed"))->setText("42");
        auto* segment = qobject_cast<QComboBox*>(
            editor.segmentRules()->rules()->cellWidget(0, app::SegmentRulesEditor::SegmentColumn));
        segment->setCurrentIndex(static_cast<int>(scoring::RfmSegment::Lost));
        QVERIFY(edited.count() >= 3);
        const scoring::ScoringParameters p = editor.parameters();
        QCOMPARE(p.tiers.lambda, 0.7);
        QCOMPARE(p.tiers.scheme, scoring::TierSchemeKind::AbsoluteThresholds);
        QCOMPARE(p.kmeans.seed, std::uint64_t(42));
        QCOMPARE(p.segmentTable.rules.front().segment, scoring::RfmSegment::Lost);
        // Only the scheme in use can be edited.
        QVERIFY(!editor.field("tiers.cumulative_shares.0")->isEnabled());
        QVERIFY(editor.field("tiers.minimum_scores.0")->isEnabled());
    }

    void loadingIsNotEditing() {
        app::ProfileSettingsEditor editor;
        QSignalSpy edited(&editor, &app::ProfileSettingsEditor::edited);
        editor.setParameters(unusualParameters());
        QCOMPARE(edited.count(), 0);
    }

    void readOnlyKeepsValuesReadable() {
        app::ProfileSettingsEditor editor;
        editor.setParameters(unusualParameters());
        editor.setReadOnly(true);
        auto* lambda = qobject_cast<QDoubleSpinBox*>(editor.field("tiers.lambda"));
        QVERIFY(lambda->isReadOnly());
        QVERIFY(lambda->isEnabled()); // full colour, not greyed out
        QVERIFY(qobject_cast<QLineEdit*>(editor.field("kmeans.seed"))->isReadOnly());
        QVERIFY(!editor.field("clv.unit")->isEnabled());
        for (QPushButton* button : editor.segmentRules()->findChildren<QPushButton*>())
            QVERIFY(button->isHidden());
        QCOMPARE(json(editor.parameters()), json(unusualParameters()));
        editor.setReadOnly(false);
        QVERIFY(!lambda->isReadOnly());
    }
};

QTEST_MAIN(TestProfileSettingsEditor)
#include "TestProfileSettingsEditor.moc"
