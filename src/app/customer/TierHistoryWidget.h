#pragma once

// A customer's tier history: one row per scoring run (as-of date, tier,
// RFMS, TierScore), newest first, under a small chart of TierScore and RFMS
// over the runs.

#include "domain/scoring/ScoringService.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace tessera::app {

class TierHistoryWidget : public QWidget {
    Q_OBJECT

public:
    enum Column { DateColumn, TierColumn, RfmsColumn, TierScoreColumn, ColumnCount };

    explicit TierHistoryWidget(QWidget* parent = nullptr);

    // `history` oldest first, as ScoringService::history returns it.
    void setHistory(const std::vector<domain::CustomerScoreHistoryEntry>& history);
    void showError(const QString& message);

    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_chartView; }
    QLabel* summary() const { return m_summary; }

private:
    void fillTable(const std::vector<domain::CustomerScoreHistoryEntry>& history);
    void drawChart(const std::vector<domain::CustomerScoreHistoryEntry>& history);

    QLabel* m_summary = nullptr;
    QChartView* m_chartView = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tessera::app
