#pragma once

// Scoring > Compare Runs: two scoring runs side by side and the customers
// whose tier changed from one to the other (promotions and demotions), as
// ScoringService::tierChanges lists them for the signed-in user's portfolio.

#include "app/jobs/DatabaseWorker.h"
#include "domain/scoring/ScoringService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tessera::app {

class CompareRunsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        FromTierColumn,
        ToTierColumn,
        FromRfmsColumn,
        ToRfmsColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit CompareRunsDialog(DatabaseWorker& worker, QWidget* parent = nullptr);

    QComboBox* fromCombo() const { return m_from; }
    QComboBox* toCombo() const { return m_to; }
    QTableWidget* changes() const { return m_changes; }
    QLabel* summary() const { return m_summary; }

signals:
    void runsLoaded();
    void compared(int changes);
    // A row was double-clicked: show this customer.
    void customerActivated(std::int64_t customerId);

private:
    using RunsResult = Result<std::vector<storage::ScoringRunRecord>>;
    using ChangesResult = Result<std::vector<storage::TierChangeRecord>>;

    void showRuns(const RunsResult& runs);
    void compare();
    void showChanges(const ChangesResult& changes);
    void addRow(int row, const storage::TierChangeRecord& change);

    DatabaseWorker& m_worker;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_changes = nullptr;
    std::uint64_t m_generation = 0; // answers to older comparisons are dropped
};

} // namespace tessera::app
