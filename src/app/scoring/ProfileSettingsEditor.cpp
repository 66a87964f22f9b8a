#include "app/scoring/ProfileSettingsEditor.h"

#include "app/common/ScoreText.h"
#include "app/scoring/SegmentRulesEditor.h"
#include "domain/records/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

const char* const kRfmsKeys[] = {"rfms_weights.recency", "rfms_weights.frequency",
                                 "rfms_weights.monetary", "rfms_weights.social"};

QString key(const char* text) {
    return QLatin1String(text);
}

QString indexed(const char* prefix, int index) {
    return QStringLiteral("%1.%2").arg(QLatin1String(prefix)).arg(index);
}

QString kindKey(int code) {
    return QStringLiteral("social_weights.") +
           QLatin1String(
               scoring::interactionKindName(static_cast<scoring::InteractionKind>(code)).data());
}

QString tierKey(int tier) {
    return QLatin1String(scoring::tierName(static_cast<scoring::Tier>(tier)).data());
}

QFormLayout* formIn(QGroupBox* group) {
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

} // namespace

ProfileSettingsEditor::ProfileSettingsEditor(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    for (QGroupBox* group : {buildWindow(), buildRfmsWeights(), buildSocialWeights(), buildKMeans(),
                             buildCrmv(), buildGovernance()})
        left->addWidget(group);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    for (QGroupBox* group : {buildTiers(), buildClv(), buildWarnings()})
        right->addWidget(group);
    right->addStretch(1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(buildSegments(), 1, 0, 1, 2);
    setParameters(m_loaded);
}

// ---- building the groups ----

void ProfileSettingsEditor::registerField(const QString& name, QWidget* editor) {
    editor->setObjectName(name);
    m_fields[name] = editor;
}

QDoubleSpinBox* ProfileSettingsEditor::number(const QString& name, double minimum, double maximum,
                                              int decimals) {
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSingleStep(decimals >= 2 ? 0.05 : 1.0);
    registerField(name, spin);
    connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &ProfileSettingsEditor::edited);
    return spin;
}

QSpinBox* ProfileSettingsEditor::integer(const QString& name, int minimum, int maximum) {
    auto* spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    registerField(name, spin);
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &ProfileSettingsEditor::edited);
    return spin;
}

QComboBox* ProfileSettingsEditor::choice(const QString& name, const QStringList& labels,
                                         const QStringList& values) {
    auto* combo = new QComboBox(this);
    for (qsizetype i = 0; i < labels.size(); ++i)
        combo->addItem(labels[i], values[i]);
    registerField(name, combo);
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileSettingsEditor::edited);
    return combo;
}

QGroupBox* ProfileSettingsEditor::buildWindow() {
    auto* group = new QGroupBox(tr("Window"), this);
    QFormLayout* form = formIn(group);
    auto* all = new QCheckBox(tr("Count all history"), group);
    registerField(key("window.all_history"), all);
    connect(all, &QCheckBox::toggled, this, &ProfileSettingsEditor::edited);
    QSpinBox* days = integer(key("window.days"), 1, 36500);
    days->setSuffix(tr(" days"));
    form->addRow(QString(), all);
    form->addRow(tr("Otherwise the last:"), days);
    return group;
}

QGroupBox* ProfileSettingsEditor::buildRfmsWeights() {
    auto* group = new QGroupBox(tr("RFMS weights"), this);
    QFormLayout* form = formIn(group);
    const QString labels[] = {tr("Recency:"), tr("Frequency:"), tr("Monetary:"), tr("Social:")};
    for (int d = 0; d < 4; ++d) {
        QDoubleSpinBox* weight = number(key(kRfmsKeys[d]), 0.0, 1.0, 3);
        connect(weight, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &ProfileSettingsEditor::updateWeightSum);
        form->addRow(labels[d], weight);
    }
    m_weightSum = new QLabel(group);
    m_weightSum->setObjectName(QStringLiteral("weightSum"));
    form->addRow(tr("Sum:"), m_weightSum);
    return group;
}

QGroupBox* ProfileSettingsEditor::buildSocialWeights() {
    auto* group = new QGroupBox(tr("Social weights by interaction kind"), this);
    auto* grid = new QGridLayout(group);
    const std::vector<domain::Term> kinds = domain::vocabulary::interactionKinds();
    // Two columns of label and weight keep nine kinds short.
    for (int code = 0; code < scoring::kInteractionKindCount; ++code) {
        const std::string_view name =
            scoring::interactionKindName(static_cast<scoring::InteractionKind>(code));
        const int row = code / 2;
        const int column = (code % 2) * 2;
        grid->addWidget(new QLabel(domain::vocabulary::labelOf(kinds, name) + QLatin1Char(':')),
                        row, column);
        grid->addWidget(number(kindKey(code), 0.0, 100.0, 2), row, column + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return group;
}

QGroupBox* ProfileSettingsEditor::buildSegments() {
    auto* group =
        new QGroupBox(tr("RFM segments (the first matching rule names the segment)"), this);
    auto* layout = new QVBoxLayout(group);
    m_segments = new SegmentRulesEditor(group);
    connect(m_segments, &SegmentRulesEditor::edited, this, &ProfileSettingsEditor::edited);
    layout->addWidget(m_segments);
    return group;
}

QGroupBox* ProfileSettingsEditor::buildKMeans() {
    auto* group = new QGroupBox(tr("Relationship segments (k-means)"), this);
    QFormLayout* form = formIn(group);
    form->addRow(tr("Segments (k):"), integer(key("kmeans.clusters"), 1, 625));
    auto* seed = new QLineEdit(group);
    seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), seed));
    registerField(key("kmeans.seed"), seed);
    connect(seed, &QLineEdit::textEdited, this, &ProfileSettingsEditor::edited);
    form->addRow(tr("Seed:"), seed);
    form->addRow(tr("Maximum iterations:"), integer(key("kmeans.max_iterations"), 1, 100000));
    return group;
}

QGroupBox* ProfileSettingsEditor::buildCrmv() {
    auto* group = new QGroupBox(tr("CRMV"), this);
    QFormLayout* form = formIn(group);
    form->addRow(tr("Survey scale from 1 to:"), integer(key("crmv.likert_scale_max"), 2, 100));
    form->addRow(tr("Respondents for a segment fit:"),
                 integer(key("crmv.min_segment_respondents"), 1, 1000000));
    return group;
}

QGroupBox* ProfileSettingsEditor::buildTiers() {
    auto* group = new QGroupBox(tr("Tiers"), this);
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("λ, the RFMS share of TierScore:"), number(key("tiers.lambda"), 0.0, 1.0, 2));
    QComboBox* scheme =
        choice(key("tiers.scheme"), {tr("By rank: cumulative shares"), tr("By minimum TierScore")},
               {QStringLiteral("shares"), QStringLiteral("thresholds")});
    connect(scheme, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileSettingsEditor::updateTierScheme);
    form->addRow(tr("Scheme:"), scheme);
    layout->addLayout(form);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Cumulative share")), 0, 1);
    grid->addWidget(new QLabel(tr("Minimum TierScore")), 0, 2);
    for (int t = 0; t < scoring::kTierCount; ++t) {
        auto* badge = new QLabel(ScoreText::tierBadgeHtml(tierKey(t).toStdString()));
        grid->addWidget(badge, t + 1, 0);
        grid->addWidget(number(indexed("tiers.cumulative_shares", t), 0.0, 1.0, 3), t + 1, 1);
        if (t < scoring::kTierCount - 1)
            grid->addWidget(number(indexed("tiers.minimum_scores", t), 0.0, 100.0, 1), t + 1, 2);
        else
            grid->addWidget(new QLabel(tr("the rest")), t + 1, 2);
    }
    layout->addLayout(grid);
    return group;
}

QGroupBox* ProfileSettingsEditor::buildClv() {
    auto* group = new QGroupBox(tr("Lifetime value"), this);
    QFormLayout* form = formIn(group);
    form->addRow(tr("Time unit:"), choice(key("clv.unit"), {tr("Weeks"), tr("Days")},
                                          {QStringLiteral("weeks"), QStringLiteral("days")}));
    form->addRow(tr("Horizon (periods):"), number(key("clv.horizon"), 0.1, 100000.0, 1));
    form->addRow(tr("Annual discount rate:"),
                 number(key("clv.annual_discount_rate"), 0.0, 10.0, 3));
    return group;
}

QGroupBox* ProfileSettingsEditor::buildWarnings() {
    auto* group = new QGroupBox(tr("Warnings"), this);
    QFormLayout* form = formIn(group);
    form->addRow(tr("Churn: days without activity:"),
                 integer(key("warnings.churn_inactivity_days"), 1, 36500));
    form->addRow(tr("Over-contact: more contacts than:"),
                 integer(key("warnings.over_contact_max_contacts"), 1, 1000));
    form->addRow(tr("Over-contact: within days:"),
                 integer(key("warnings.over_contact_window_days"), 1, 3650));
    QStringList tierLabels, tierKeys;
    for (const domain::Term& tier : domain::vocabulary::tiers()) {
        tierLabels << tier.label;
        tierKeys << QString::fromStdString(tier.key);
    }
    form->addRow(tr("Key customers: this tier and better:"),
                 choice(key("warnings.lowest_key_tier"), tierLabels, tierKeys));
    form->addRow(tr("Key customers: contact every (days):"),
                 integer(key("warnings.key_customer_cadence_days"), 1, 3650));
    form->addRow(tr("Others: contact every (days):"),
                 integer(key("warnings.other_customer_cadence_days"), 1, 3650));
    form->addRow(tr("Value flow: demotion by tiers:"),
                 integer(key("warnings.demotion_tier_steps"), 1, 4));
    form->addRow(tr("Value flow: RFMS drop (points):"),
                 number(key("warnings.rfms_drop_points"), 0.1, 100.0, 1));
    form->addRow(tr("KPI drop against the previous period:"),
                 number(key("warnings.kpi_drop_share"), 0.0, 1.0, 3));
    form->addRow(tr("KPI gap to its target:"),
                 number(key("warnings.kpi_target_gap_share"), 0.0, 1.0, 3));
    form->addRow(tr("Cronbach's alpha at least:"),
                 number(key("warnings.cronbach_alpha_minimum"), 0.0, 1.0, 2));
    return group;
}

QGroupBox* ProfileSettingsEditor::buildGovernance() {
    auto* group = new QGroupBox(tr("Data quality and access review"), this);
    QFormLayout* form = formIn(group);
    form->addRow(tr("Key fields complete, goal:"),
                 number(key("governance.key_field_goal"), 0.0, 1.0, 2));
    form->addRow(tr("Customers tagged, goal:"),
                 number(key("governance.tag_coverage_goal"), 0.0, 1.0, 2));
    form->addRow(tr("Bulk: personal data reads a day over:"),
                 integer(key("governance.bulk_read_threshold"), 1, 1000000));
    form->addRow(tr("Working day starts at (hour):"),
                 integer(key("governance.working_day_start_hour"), 0, 23));
    form->addRow(tr("Working day ends at (hour):"),
                 integer(key("governance.working_day_end_hour"), 1, 24));
    return group;
}

// ---- values in and out ----

QWidget* ProfileSettingsEditor::field(const QString& name) const {
    const auto it = m_fields.find(name);
    return it == m_fields.end() ? nullptr : it->second;
}

void ProfileSettingsEditor::setNumber(const QString& name, double value) {
    QWidget* editor = m_fields.at(name);
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        spin->setValue(value);
    else if (auto* whole = qobject_cast<QSpinBox*>(editor))
        whole->setValue(static_cast<int>(value));
}

void ProfileSettingsEditor::setChoice(const QString& name, const QString& value) {
    auto* combo = static_cast<QComboBox*>(m_fields.at(name));
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

double ProfileSettingsEditor::numberOf(const QString& name) const {
    return static_cast<QDoubleSpinBox*>(m_fields.at(name))->value();
}

int ProfileSettingsEditor::integerOf(const QString& name) const {
    return static_cast<QSpinBox*>(m_fields.at(name))->value();
}

QString ProfileSettingsEditor::choiceOf(const QString& name) const {
    return static_cast<QComboBox*>(m_fields.at(name))->currentData().toString();
}

void ProfileSettingsEditor::setParameters(const scoring::ScoringParameters& p) {
    const QSignalBlocker blocker(this); // loading is not editing
    m_loaded = p;
    static_cast<QCheckBox*>(m_fields.at(key("window.all_history")))
        ->setChecked(p.window.allHistory);
    setNumber(key("window.days"), p.window.days);
    const double weights[] = {p.rfmsWeights.recency, p.rfmsWeights.frequency,
                              p.rfmsWeights.monetary, p.rfmsWeights.social};
    for (int d = 0; d < 4; ++d)
        setNumber(key(kRfmsKeys[d]), weights[d]);
    for (int code = 0; code < scoring::kInteractionKindCount; ++code)
        setNumber(kindKey(code), p.socialWeight(static_cast<std::uint8_t>(code)));
    m_segments->setTable(p.segmentTable);
    setNumber(key("kmeans.clusters"), p.kmeans.clusterCount);
    static_cast<QLineEdit*>(m_fields.at(key("kmeans.seed")))
        ->setText(QString::number(p.kmeans.seed));
    setNumber(key("kmeans.max_iterations"), p.kmeans.maxIterations);
    setNumber(key("crmv.likert_scale_max"), p.crmv.likertScaleMax);
    setNumber(key("crmv.min_segment_respondents"), p.crmv.minSegmentRespondents);
    setNumber(key("tiers.lambda"), p.tiers.lambda);
    setChoice(key("tiers.scheme"), p.tiers.scheme == scoring::TierSchemeKind::CumulativeShares
                                       ? QStringLiteral("shares")
                                       : QStringLiteral("thresholds"));
    for (int t = 0; t < scoring::kTierCount; ++t)
        setNumber(indexed("tiers.cumulative_shares", t),
                  p.tiers.cumulativeShares[static_cast<std::size_t>(t)]);
    for (int t = 0; t < scoring::kTierCount - 1; ++t)
        setNumber(indexed("tiers.minimum_scores", t),
                  p.tiers.minimumScores[static_cast<std::size_t>(t)]);
    setChoice(key("clv.unit"), p.clv.unit == scoring::ClvTimeUnit::Weeks ? QStringLiteral("weeks")
                                                                         : QStringLiteral("days"));
    setNumber(key("clv.horizon"), p.clv.horizon);
    setNumber(key("clv.annual_discount_rate"), p.clv.annualDiscountRate);
    const scoring::WarningThresholds& w = p.warnings;
    setNumber(key("warnings.churn_inactivity_days"), w.churnInactivityDays);
    setNumber(key("warnings.over_contact_max_contacts"), w.overContactMaxContacts);
    setNumber(key("warnings.over_contact_window_days"), w.overContactWindowDays);
    setChoice(key("warnings.lowest_key_tier"), tierKey(static_cast<int>(w.lowestKeyTier)));
    setNumber(key("warnings.key_customer_cadence_days"), w.keyCustomerCadenceDays);
    setNumber(key("warnings.other_customer_cadence_days"), w.otherCustomerCadenceDays);
    setNumber(key("warnings.demotion_tier_steps"), w.demotionTierSteps);
    setNumber(key("warnings.rfms_drop_points"), w.rfmsDropPoints);
    setNumber(key("warnings.kpi_drop_share"), w.kpiDropShare);
    setNumber(key("warnings.kpi_target_gap_share"), w.kpiTargetGapShare);
    setNumber(key("warnings.cronbach_alpha_minimum"), w.cronbachAlphaMinimum);
    const scoring::GovernanceSettings& g = p.governance;
    setNumber(key("governance.key_field_goal"), g.keyFieldGoal);
    setNumber(key("governance.tag_coverage_goal"), g.tagCoverageGoal);
    setNumber(key("governance.bulk_read_threshold"), g.bulkReadThreshold);
    setNumber(key("governance.working_day_start_hour"), g.workingDayStartHour);
    setNumber(key("governance.working_day_end_hour"), g.workingDayEndHour);
    updateWeightSum();
    updateTierScheme();
}

scoring::ScoringParameters ProfileSettingsEditor::parameters() const {
    scoring::ScoringParameters p = m_loaded;
    p.window.allHistory =
        static_cast<QCheckBox*>(m_fields.at(key("window.all_history")))->isChecked();
    p.window.days = integerOf(key("window.days"));
    p.rfmsWeights = {numberOf(key(kRfmsKeys[0])), numberOf(key(kRfmsKeys[1])),
                     numberOf(key(kRfmsKeys[2])), numberOf(key(kRfmsKeys[3]))};
    p.socialWeightByKind.assign(scoring::kInteractionKindCount, 0.0);
    for (int code = 0; code < scoring::kInteractionKindCount; ++code)
        p.socialWeightByKind[static_cast<std::size_t>(code)] = numberOf(kindKey(code));
    p.segmentTable = m_segments->table();
    p.kmeans.clusterCount = integerOf(key("kmeans.clusters"));
    p.kmeans.seed = static_cast<QLineEdit*>(m_fields.at(key("kmeans.seed")))->text().toULongLong();
    p.kmeans.maxIterations = integerOf(key("kmeans.max_iterations"));
    p.crmv.likertScaleMax = integerOf(key("crmv.likert_scale_max"));
    p.crmv.minSegmentRespondents = integerOf(key("crmv.min_segment_respondents"));
    p.tiers.lambda = numberOf(key("tiers.lambda"));
    p.tiers.scheme = choiceOf(key("tiers.scheme")) == QLatin1String("thresholds")
                         ? scoring::TierSchemeKind::AbsoluteThresholds
                         : scoring::TierSchemeKind::CumulativeShares;
    for (int t = 0; t < scoring::kTierCount; ++t)
        p.tiers.cumulativeShares[static_cast<std::size_t>(t)] =
            numberOf(indexed("tiers.cumulative_shares", t));
    for (int t = 0; t < scoring::kTierCount - 1; ++t)
        p.tiers.minimumScores[static_cast<std::size_t>(t)] =
            numberOf(indexed("tiers.minimum_scores", t));
    p.clv.unit = choiceOf(key("clv.unit")) == QLatin1String("days") ? scoring::ClvTimeUnit::Days
                                                                    : scoring::ClvTimeUnit::Weeks;
    p.clv.horizon = numberOf(key("clv.horizon"));
    p.clv.annualDiscountRate = numberOf(key("clv.annual_discount_rate"));
    scoring::WarningThresholds& w = p.warnings;
    w.churnInactivityDays = integerOf(key("warnings.churn_inactivity_days"));
    w.overContactMaxContacts = integerOf(key("warnings.over_contact_max_contacts"));
    w.overContactWindowDays = integerOf(key("warnings.over_contact_window_days"));
    w.lowestKeyTier = static_cast<scoring::Tier>(
        static_cast<QComboBox*>(m_fields.at(key("warnings.lowest_key_tier")))->currentIndex());
    w.keyCustomerCadenceDays = integerOf(key("warnings.key_customer_cadence_days"));
    w.otherCustomerCadenceDays = integerOf(key("warnings.other_customer_cadence_days"));
    w.demotionTierSteps = integerOf(key("warnings.demotion_tier_steps"));
    w.rfmsDropPoints = numberOf(key("warnings.rfms_drop_points"));
    w.kpiDropShare = numberOf(key("warnings.kpi_drop_share"));
    w.kpiTargetGapShare = numberOf(key("warnings.kpi_target_gap_share"));
    w.cronbachAlphaMinimum = numberOf(key("warnings.cronbach_alpha_minimum"));
    scoring::GovernanceSettings& g = p.governance;
    g.keyFieldGoal = numberOf(key("governance.key_field_goal"));
    g.tagCoverageGoal = numberOf(key("governance.tag_coverage_goal"));
    g.bulkReadThreshold = integerOf(key("governance.bulk_read_threshold"));
    g.workingDayStartHour = integerOf(key("governance.working_day_start_hour"));
    g.workingDayEndHour = integerOf(key("governance.working_day_end_hour"));
    return p;
}

// ---- read only, and the hints that follow the values ----

void ProfileSettingsEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    // Read-only values stay in full colour, so an old version is easy to read.
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>()) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
    }
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            edit->setReadOnly(readOnly);
    for (QComboBox* combo : findChildren<QComboBox*>())
        combo->setEnabled(!readOnly);
    for (QCheckBox* check : findChildren<QCheckBox*>())
        check->setEnabled(!readOnly);
    m_segments->setEditable(!readOnly);
    updateTierScheme();
}

void ProfileSettingsEditor::updateWeightSum() {
    double sum = 0;
    for (const char* weight : kRfmsKeys)
        sum += numberOf(key(weight));
    const bool ok = std::abs(sum - 1.0) < 5e-4;
    m_weightSum->setText(ok ? QLocale().toString(sum, 'f', 3)
                            : tr("%1 (must be 1)").arg(QLocale().toString(sum, 'f', 3)));
    m_weightSum->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
}

void ProfileSettingsEditor::updateTierScheme() {
    // Only the scheme in use matters; the other column stays visible but dimmed.
    const bool shares = choiceOf(key("tiers.scheme")) == QLatin1String("shares");
    for (int t = 0; t < scoring::kTierCount; ++t) {
        m_fields.at(indexed("tiers.cumulative_shares", t))->setEnabled(shares);
        if (t < scoring::kTierCount - 1)
            m_fields.at(indexed("tiers.minimum_scores", t))->setEnabled(!shares);
    }
}

} // namespace tessera::app
