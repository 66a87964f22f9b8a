#pragma once

// Every setting of a scoring profile, grouped as scoring.md presents them
// (window, RFMS weights, social weights, RFM segments, k-means, CRMV, tiers,
// lifetime value, warnings), each with an editor that fits it. Read only for
// old versions and for roles that may not change the profile. The domain
// validates; this widget only collects the values.

#include "scoring/ScoringParameters.h"

#include <QWidget>
#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace tessera::app {

class SegmentRulesEditor;

class ProfileSettingsEditor : public QWidget {
    Q_OBJECT

public:
    explicit ProfileSettingsEditor(QWidget* parent = nullptr);

    void setParameters(const scoring::ScoringParameters& parameters);
    scoring::ScoringParameters parameters() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The editor of one setting by its key in the stored profile, e.g.
    // "tiers.lambda", "rfms_weights.social", "tiers.cumulative_shares.0".
    QWidget* field(const QString& key) const;
    SegmentRulesEditor* segmentRules() const { return m_segments; }

signals:
    void edited();

private:
    QGroupBox* buildWindow();
    QGroupBox* buildRfmsWeights();
    QGroupBox* buildSocialWeights();
    QGroupBox* buildSegments();
    QGroupBox* buildKMeans();
    QGroupBox* buildCrmv();
    QGroupBox* buildTiers();
    QGroupBox* buildClv();
    QGroupBox* buildWarnings();
    QGroupBox* buildGovernance();
    QDoubleSpinBox* number(const QString& key, double minimum, double maximum, int decimals);
    QSpinBox* integer(const QString& key, int minimum, int maximum);
    QComboBox* choice(const QString& key, const QStringList& labels, const QStringList& values);
    void registerField(const QString& key, QWidget* editor);
    double numberOf(const QString& key) const;
    int integerOf(const QString& key) const;
    QString choiceOf(const QString& key) const;
    void setNumber(const QString& key, double value);
    void setChoice(const QString& key, const QString& value);
    void updateWeightSum();
    void updateTierScheme();

    std::map<QString, QWidget*> m_fields;
    SegmentRulesEditor* m_segments = nullptr;
    QLabel* m_weightSum = nullptr;
    scoring::ScoringParameters m_loaded;
    bool m_readOnly = false;
};

} // namespace tessera::app
