#include "app/customer/TierHistoryWidget.h"

#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "app/common/TierBadgeDelegate.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tessera::app {
namespace {

qint64 chartTime(std::int32_t day) {
    return domain::Calendar::dateFromDay(day).startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

QLineSeries* series(const QString& name, const QColor& colour) {
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPointsVisible(true);
    QPen pen(colour);
    pen.setWidth(2);
    line->setPen(pen);
    return line;
}

} // namespace

TierHistoryWidget::TierHistoryWidget(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tierHistorySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("tierHistoryChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(190);
    m_chartView->setMaximumHeight(240);
    layout->addWidget(m_chartView);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tierHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("As of"), tr("Tier"), tr("RFMS"), tr("TierScore")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(TierColumn, new TierBadgeDelegate(m_table));
    layout->addWidget(m_table, 1);
}

void TierHistoryWidget::setHistory(const std::vector<domain::CustomerScoreHistoryEntry>& history) {
    m_summary->setText(history.empty()
                           ? tr("Not scored in any run yet.")
                           : tr("%Ln scoring run(s).", nullptr, static_cast<int>(history.size())));
    fillTable(history);
    drawChart(history);
    m_chartView->setVisible(!history.empty());
}

void TierHistoryWidget::showError(const QString& message) {
    m_summary->setText(message);
    m_table->setRowCount(0);
    m_chartView->hide();
}

void TierHistoryWidget::fillTable(const std::vector<domain::CustomerScoreHistoryEntry>& history) {
    m_table->setRowCount(static_cast<int>(history.size()));
    int row = 0;
    for (auto it = history.rbegin(); it != history.rend(); ++it, ++row) {
        const storage::CustomerScoreRecord& score = it->score;
        auto* date = new QTableWidgetItem(domain::Calendar::isoDate(it->run.asOfDay));
        date->setToolTip(ScoreText::runLabel(it->run));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, TierColumn, ScoreText::tierItem(score.tier));
        m_table->setItem(row, RfmsColumn, ScoreText::pointsItem(score.rfms));
        m_table->setItem(row, TierScoreColumn, ScoreText::pointsItem(score.tierScore));
    }
}

void TierHistoryWidget::drawChart(const std::vector<domain::CustomerScoreHistoryEntry>& history) {
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    if (history.empty())
        return;
    QLineSeries* tierScore = series(tr("TierScore"), QColor(0x1b, 0x7f, 0xa6));
    QLineSeries* rfms = series(tr("RFMS"), QColor(0xb0, 0x80, 0x0a));
    for (const auto& entry : history) {
        tierScore->append(static_cast<qreal>(chartTime(entry.run.asOfDay)), entry.score.tierScore);
        rfms->append(static_cast<qreal>(chartTime(entry.run.asOfDay)), entry.score.rfms);
    }
    chart->addSeries(tierScore);
    chart->addSeries(rfms);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTickCount(std::clamp(static_cast<int>(history.size()), 2, 5));
    const qint64 first = chartTime(history.front().run.asOfDay);
    const qint64 last = chartTime(history.back().run.asOfDay);
    // One run (or runs on one day) still needs a span to draw on.
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    time->setRange(QDateTime::fromMSecsSinceEpoch(first - kDayMs, Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(last + kDayMs, Qt::UTC));
    auto* value = new QValueAxis;
    value->setRange(0, 100);
    value->setTickCount(5);
    value->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    for (QLineSeries* line : {tierScore, rfms}) {
        line->attachAxis(time);
        line->attachAxis(value);
    }
}

} // namespace tessera::app
