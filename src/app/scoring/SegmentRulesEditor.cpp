#include "app/scoring/SegmentRulesEditor.h"

#include "app/common/ScoreText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::app {

SegmentRulesEditor::SegmentRulesEditor(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rules = new QTableWidget(0, ColumnCount, this);
    m_rules->setObjectName(QStringLiteral("segmentRules"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Segment"), tr("R from"), tr("R to"), tr("F/M mean from"), tr("F/M mean to")});
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rules->verticalHeader()->setDefaultSectionSize(m_rules->fontMetrics().height() + 14);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(SegmentColumn, QHeaderView::Interactive);
    m_rules->horizontalHeader()->resizeSection(SegmentColumn, 170);
    m_rules->setMinimumHeight(260);
    layout->addWidget(m_rules);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add Rule"), this);
    m_remove = new QPushButton(tr("Remove Rule"), this);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRule({});
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, &SegmentRulesEditor::removeRule);
}

void SegmentRulesEditor::setTable(const scoring::RfmSegmentTable& table) {
    m_rules->setRowCount(0);
    for (const scoring::RfmSegmentRule& rule : table.rules)
        addRule(rule);
}

void SegmentRulesEditor::addRule(const scoring::RfmSegmentRule& rule) {
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* segment = new QComboBox;
    for (int s = 0; s < scoring::kRfmSegmentCount; ++s)
        segment->addItem(ScoreText::segmentLabel(std::string(
                             scoring::rfmSegmentName(static_cast<scoring::RfmSegment>(s)))),
                         s);
    segment->setCurrentIndex(static_cast<int>(rule.segment));
    m_rules->setCellWidget(row, SegmentColumn, segment);
    connect(segment, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &SegmentRulesEditor::edited);
    const int scores[] = {rule.minRecencyScore, rule.maxRecencyScore};
    for (int i = 0; i < 2; ++i) {
        auto* spin = new QSpinBox;
        spin->setRange(1, 5);
        spin->setValue(scores[i]);
        m_rules->setCellWidget(row, MinRColumn + i, spin);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &SegmentRulesEditor::edited);
    }
    const double means[] = {rule.minFrequencyMonetaryMean, rule.maxFrequencyMonetaryMean};
    for (int i = 0; i < 2; ++i) {
        auto* spin = new QDoubleSpinBox;
        spin->setRange(1.0, 5.0);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setValue(means[i]);
        m_rules->setCellWidget(row, MinFmColumn + i, spin);
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &SegmentRulesEditor::edited);
    }
}

void SegmentRulesEditor::removeRule() {
    const int row = m_rules->currentRow();
    if (row < 0)
        return;
    m_rules->removeRow(row);
    emit edited();
}

scoring::RfmSegmentTable SegmentRulesEditor::table() const {
    scoring::RfmSegmentTable table;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        scoring::RfmSegmentRule rule;
        const auto* segment = static_cast<QComboBox*>(m_rules->cellWidget(row, SegmentColumn));
        rule.segment = static_cast<scoring::RfmSegment>(segment->currentData().toInt());
        const auto score = [&](int column) {
            return static_cast<QSpinBox*>(m_rules->cellWidget(row, column))->value();
        };
        const auto mean = [&](int column) {
            return static_cast<QDoubleSpinBox*>(m_rules->cellWidget(row, column))->value();
        };
        rule.minRecencyScore = score(MinRColumn);
        rule.maxRecencyScore = score(MaxRColumn);
        rule.minFrequencyMonetaryMean = mean(MinFmColumn);
        rule.maxFrequencyMonetaryMean = mean(MaxFmColumn);
        table.rules.push_back(rule);
    }
    return table;
}

void SegmentRulesEditor::setEditable(bool editable) {
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
}

} // namespace tessera::app
