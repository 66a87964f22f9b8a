#pragma once

// The portfolio screen: a filter bar (search as you type, owner, tag,
// lifecycle stage, tier and RFM segment in the newest scoring run, archived)
// over the customer table.

#include "app/jobs/DatabaseWorker.h"
#include "app/portfolio/PortfolioModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tessera::app {

class PortfolioView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 150;

    // Loads the owner and tag choices through `listsWorker`.
    PortfolioView(PortfolioModel& model, DatabaseWorker& listsWorker, QWidget* parent = nullptr);

    PortfolioModel& model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* tagFilter() const { return m_tag; }
    QComboBox* lifecycleFilter() const { return m_lifecycle; }
    QComboBox* tierFilter() const { return m_tier; }
    QComboBox* segmentFilter() const { return m_segment; }
    QComboBox* warningFilter() const { return m_warning; }
    QCheckBox* archivedFilter() const { return m_archived; }
    QLabel* statusLabel() const { return m_status; }

    // The filter the bar describes, with the table's current order.
    domain::PortfolioFilter currentFilter() const;
    std::int64_t currentCustomerId() const; // 0 when none
    void selectCustomer(std::int64_t customerId);
    // Selects this customer when the next query returns (after a change).
    void selectWhenLoaded(std::int64_t customerId) { m_pendingSelection = customerId; }
    // Reads the owners and tags again (after an import or an edit).
    void reloadChoices();

signals:
    void currentCustomerChanged(std::int64_t customerId);
    void customerActivated(std::int64_t customerId);
    void choicesLoaded();

private:
    struct Choices;
    void buildFilterBar(QWidget* bar);
    static std::vector<domain::Term> warningTerms();
    QComboBox* addTermFilter(QWidget* bar, const QString& name, const QString& all,
                             const std::vector<domain::Term>& terms);
    void buildTable();
    void applyFilter();
    void applyChoices(const Choices& choices);
    void updateStatus();
    void restoreSelection();
    void keepSortIndicator(int column, Qt::SortOrder order);

    PortfolioModel& m_model;
    DatabaseWorker& m_listsWorker;
    QLineEdit* m_search = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_lifecycle = nullptr;
    QComboBox* m_loyalty = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_warning = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_searchTimer = nullptr;
    std::int64_t m_selectedBeforeReset = 0;
    std::int64_t m_pendingSelection = 0;
};

} // namespace tessera::app
