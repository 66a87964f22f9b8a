#pragma once

// The portfolio table over up to a million customers. The ordered list of ids
// comes from CustomerService::queryIds on a worker thread (its own connection);
// the rows themselves are read by id, a page at a time, only for the rows the
// view asks for, and kept in a small least-recently-used page cache. Memory is
// the id list (8 bytes a customer) plus a few pages.

#include "app/jobs/DatabaseWorker.h"
#include "domain/customers/CustomerService.h"
#include "domain/records/Vocabulary.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <cstdint>
#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tessera::app {

class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The newest scoring run's results come right after the name, where a
    // narrow window still shows them beside the 360 view.
    enum Column {
        CodeColumn,
        NameColumn,
        TierColumn,
        SegmentColumn,
        RfmCodeColumn,
        RfmsColumn,
        CrmvColumn,
        ClvColumn,
        PAliveColumn,
        KindColumn,
        IndustryColumn,
        RegionColumn,
        OwnerColumn,
        LifecycleColumn,
        LoyaltyColumn,
        HealthColumn,
        RiskColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1, ArchivedRole };

    static constexpr int kPageSize = 128;
    static constexpr std::size_t kMaxCachedPages = 48;
    static constexpr int kFirstScreenRows = 2 * kPageSize;

    // Reads pages through `workspace` (the UI thread's connection) and runs
    // the id queries on `queryWorker`.
    PortfolioModel(domain::Workspace& workspace, std::unique_ptr<DatabaseWorker> queryWorker,
                   QObject* parent = nullptr);
    ~PortfolioModel() override;

    // Starts a query for `filter` in the background; without search text the
    // first screenful of rows shows as soon as it is known, and all rows when
    // the query returns (loaded() then fires). A newer call supersedes one
    // still running.
    void setFilter(const domain::PortfolioFilter& filter);
    const domain::PortfolioFilter& filter() const { return m_filter; }
    // Runs the current query again, e.g. after an edit.
    void refresh();

    bool isLoading() const { return m_loading; }
    std::int64_t customerId(int row) const;   // 0 when out of range
    int rowOf(std::int64_t customerId) const; // -1 when not shown
    std::size_t cachedPages() const { return m_pages.size(); }
    // Forgets the cached rows so they are read again (after an edit).
    void invalidateRows();

    static std::optional<storage::PortfolioSort> sortForColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    // A query finished and its rows are shown.
    void loaded(int rowCount);
    void failed(const QString& message);

private:
    using Page = std::vector<std::optional<storage::CustomerListRow>>; // aligned with the ids
    using IdsResult = Result<std::vector<std::int64_t>>;

    enum class QueryPart { FirstScreen, Everything };

    void startQuery();
    void postQuery(std::uint64_t generation, QueryPart part);
    void finishQuery(std::uint64_t generation, QueryPart part, IdsResult result);
    void showIds(std::vector<std::int64_t> ids);
    void setLoading(bool loading);
    const storage::CustomerListRow* rowAt(int row) const;
    const Page& page(int pageIndex) const;
    Page fetchPage(int pageIndex) const;
    QVariant display(const storage::CustomerListRow& row, int column) const;
    static QVariant scoreDisplay(const storage::CustomerScoreRecord& score, int column);
    static bool isScoreColumn(int column);
    static bool isNumberColumn(int column);
    QVariant decoration(const storage::CustomerListRow& row, int column) const;
    QVariant foreground(const storage::CustomerListRow& row, int column) const;

    domain::Workspace& m_workspace;
    std::unique_ptr<DatabaseWorker> m_worker;
    domain::PortfolioFilter m_filter;
    std::vector<std::int64_t> m_ids;
    bool m_loading = false;
    // Each query gets a number; results of superseded ones are dropped, and
    // the worker skips superseded queries still waiting in its queue.
    std::uint64_t m_generation = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    int m_queriesRunning = 0;

    // Page cache, most recently used at the front of m_recent.
    mutable std::unordered_map<int, Page> m_pages;
    mutable std::list<int> m_recent;
    mutable bool m_reportedPageError = false;

    std::vector<domain::Term> m_kinds, m_stages, m_loyalty, m_risks;
    QIcon m_companyIcon, m_personIcon;
};

} // namespace tessera::app
