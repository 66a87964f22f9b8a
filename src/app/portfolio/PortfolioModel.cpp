#include "app/portfolio/PortfolioModel.h"

#include "app/common/AppResources.h"
#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "app/common/TierBadgeDelegate.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace tessera::app {

PortfolioModel::PortfolioModel(domain::Workspace& workspace,
                               std::unique_ptr<DatabaseWorker> queryWorker, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_worker(std::move(queryWorker)),
      m_latest(std::make_shared<std::atomic<std::uint64_t>>(0)),
      m_kinds(domain::vocabulary::customerKinds()), m_stages(domain::vocabulary::lifecycleStages()),
      m_loyalty(domain::vocabulary::loyaltyStages()), m_risks(domain::vocabulary::riskLevels()),
      m_companyIcon(appIcon(QStringLiteral("company"))),
      m_personIcon(appIcon(QStringLiteral("person"))) {}

PortfolioModel::~PortfolioModel() = default;

void PortfolioModel::setFilter(const domain::PortfolioFilter& filter) {
    m_filter = filter;
    startQuery();
}

void PortfolioModel::refresh() {
    startQuery();
}

void PortfolioModel::startQuery() {
    const std::uint64_t generation = ++m_generation;
    m_latest->store(generation);
    if (m_queriesRunning > 0)
        m_worker->interrupt(); // the running query is stale now
    setLoading(true);
    // A first screenful comes back in milliseconds even when the full ordered
    // list of a million rows (or of a search matching many) takes longer; the
    // full list then replaces it.
    postQuery(generation, QueryPart::FirstScreen);
    postQuery(generation, QueryPart::Everything);
}

void PortfolioModel::postQuery(std::uint64_t generation, QueryPart part) {
    ++m_queriesRunning;
    domain::PortfolioFilter filter = m_filter;
    if (part == QueryPart::FirstScreen)
        filter.limit = kFirstScreenRows;
    auto latest = m_latest;
    m_worker->post<IdsResult>(
        this,
        [filter, latest, generation](domain::Workspace& ws) -> IdsResult {
            if (latest->load() != generation)
                return makeError(ErrorCode::Cancelled, "superseded");
            return domain::CustomerService(ws).queryIds(filter);
        },
        [this, generation, part](IdsResult result) {
            finishQuery(generation, part, std::move(result));
        });
}

void PortfolioModel::finishQuery(std::uint64_t generation, QueryPart part, IdsResult result) {
    --m_queriesRunning;
    if (generation != m_generation)
        return;
    if (part == QueryPart::FirstScreen) {
        if (result) // a failure shows when the full query reports it
            showIds(std::move(*result));
        return;
    }
    if (!result && result.error().code == ErrorCode::Cancelled) {
        // Our interrupt, meant for the previous query, reached this one.
        startQuery();
        return;
    }
    setLoading(false);
    if (!result) {
        emit failed(qs(result.error().message));
        return;
    }
    showIds(std::move(*result));
    emit loaded(static_cast<int>(m_ids.size()));
}

void PortfolioModel::showIds(std::vector<std::int64_t> ids) {
    beginResetModel();
    m_ids = std::move(ids);
    m_ids.shrink_to_fit();
    m_pages.clear();
    m_recent.clear();
    m_reportedPageError = false;
    endResetModel();
}

void PortfolioModel::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PortfolioModel::invalidateRows() {
    m_pages.clear();
    m_recent.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::int64_t PortfolioModel::customerId(int row) const {
    if (row < 0 || row >= rowCount())
        return 0;
    return m_ids[static_cast<std::size_t>(row)];
}

int PortfolioModel::rowOf(std::int64_t customerId) const {
    const auto it = std::find(m_ids.begin(), m_ids.end(), customerId);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

PortfolioModel::Page PortfolioModel::fetchPage(int pageIndex) const {
    const std::size_t first = static_cast<std::size_t>(pageIndex) * kPageSize;
    const std::size_t count = std::min<std::size_t>(kPageSize, m_ids.size() - first);
    const std::span<const std::int64_t> ids(m_ids.data() + first, count);
    Page page(count);
    auto rows = domain::CustomerService(m_workspace).rows(ids);
    if (!rows) {
        if (!m_reportedPageError) {
            m_reportedPageError = true;
            // data() is const and may run inside a paint: tell the view later.
            auto* self = const_cast<PortfolioModel*>(this);
            QMetaObject::invokeMethod(
                self, [self, message = qs(rows.error().message)] { emit self->failed(message); },
                Qt::QueuedConnection);
        }
        return page;
    }
    // rows() keeps the order of `ids` but leaves out customers that vanished.
    std::size_t slot = 0;
    for (auto& row : *rows) {
        while (slot < count && ids[slot] != row.id)
            ++slot;
        if (slot < count)
            page[slot++] = std::move(row);
    }
    return page;
}

const PortfolioModel::Page& PortfolioModel::page(int pageIndex) const {
    if (auto it = m_pages.find(pageIndex); it != m_pages.end()) {
        m_recent.remove(pageIndex);
        m_recent.push_front(pageIndex);
        return it->second;
    }
    if (m_pages.size() >= kMaxCachedPages) {
        m_pages.erase(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(pageIndex);
    return m_pages.emplace(pageIndex, fetchPage(pageIndex)).first->second;
}

const storage::CustomerListRow* PortfolioModel::rowAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page& rows = page(row / kPageSize);
    const auto& slot = rows[static_cast<std::size_t>(row % kPageSize)];
    return slot ? &*slot : nullptr;
}

int PortfolioModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (role == CustomerIdRole)
        return QVariant::fromValue<qlonglong>(customerId(index.row()));
    const storage::CustomerListRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("(removed)"))
                                                                       : QVariant();
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TierColumn && row->score)
            return tr("TierScore %1").arg(ScoreText::points(row->score->tierScore));
        return index.column() == TagsColumn || index.column() == NameColumn
                   ? display(*row, index.column())
                   : QVariant();
    case Qt::DecorationRole: return decoration(*row, index.column());
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
    case TierBadgeDelegate::TierRole:
        return index.column() == TierColumn && row->score ? qs(row->score->tier) : QString();
    case Qt::ForegroundRole: return foreground(*row, index.column());
    case Qt::FontRole:
        if (row->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ArchivedRole: return row->archived;
    default: return {};
    }
}

QVariant PortfolioModel::display(const storage::CustomerListRow& row, int column) const {
    using domain::vocabulary::labelOf;
    if (isScoreColumn(column))
        return row.score ? scoreDisplay(*row.score, column) : ScoreText::missing();
    switch (column) {
    case CodeColumn: return qs(row.code);
    case NameColumn: return row.archived ? tr("%1 (archived)").arg(qs(row.name)) : qs(row.name);
    case KindColumn: return labelOf(m_kinds, row.kind);
    case IndustryColumn: return qs(row.industry);
    case RegionColumn: return qs(row.region);
    case OwnerColumn: return row.ownerId ? qs(row.ownerName) : tr("Unassigned");
    case LifecycleColumn: return labelOf(m_stages, row.lifecycle);
    case LoyaltyColumn: return labelOf(m_loyalty, row.loyalty);
    case HealthColumn: return row.health ? QVariant(*row.health) : QVariant(ScoreText::missing());
    case RiskColumn: return labelOf(m_risks, row.risk);
    case TagsColumn: return qs(row.tags);
    default: return {};
    }
}

QVariant PortfolioModel::scoreDisplay(const storage::CustomerScoreRecord& score, int column) {
    switch (column) {
    case TierColumn: return ScoreText::tierLabel(score.tier);
    case SegmentColumn: return ScoreText::segmentLabel(score.segment);
    case RfmCodeColumn: return ScoreText::rfmCode(score);
    case RfmsColumn: return ScoreText::points(score.rfms);
    case CrmvColumn: return ScoreText::points(score.crmv);
    case ClvColumn: return ScoreText::money(score.clv);
    case PAliveColumn: return ScoreText::probability(score.pAlive);
    default: return {};
    }
}

bool PortfolioModel::isScoreColumn(int column) {
    return column >= TierColumn && column <= PAliveColumn;
}

bool PortfolioModel::isNumberColumn(int column) {
    return column >= RfmsColumn && column <= PAliveColumn;
}

QVariant PortfolioModel::decoration(const storage::CustomerListRow& row, int column) const {
    if (column != NameColumn)
        return {};
    return row.kind == "person" ? m_personIcon : m_companyIcon;
}

QVariant PortfolioModel::foreground(const storage::CustomerListRow& row, int column) const {
    if (row.archived)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (column == RiskColumn && row.risk == "high")
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (column == RiskColumn && row.risk == "medium")
        return QBrush(QColor(0xa8, 0x62, 0x00));
    if (column == HealthColumn && row.health && *row.health < 40)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if ((column == OwnerColumn && !row.ownerId) || (isScoreColumn(column) && !row.score))
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case TierColumn: return tr("Tier");
    case SegmentColumn: return tr("Segment");
    case RfmCodeColumn: return tr("RFM code");
    case RfmsColumn: return tr("RFMS");
    case CrmvColumn: return tr("CRMV");
    case ClvColumn: return tr("CLV");
    case PAliveColumn: return tr("P(alive)");
    case KindColumn: return tr("Type");
    case IndustryColumn: return tr("Industry");
    case RegionColumn: return tr("Region");
    case OwnerColumn: return tr("Owner");
    case LifecycleColumn: return tr("Lifecycle");
    case LoyaltyColumn: return tr("Loyalty");
    case HealthColumn: return tr("Health");
    case RiskColumn: return tr("Risk");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}

std::optional<storage::PortfolioSort> PortfolioModel::sortForColumn(int column) {
    using storage::PortfolioSort;
    switch (column) {
    case CodeColumn: return PortfolioSort::Code;
    case NameColumn: return PortfolioSort::Name;
    // Score columns sort best first when ascending, unscored customers last.
    case TierColumn: return PortfolioSort::Tier;
    case SegmentColumn: return PortfolioSort::Segment;
    case RfmCodeColumn: return PortfolioSort::RfmCode;
    case RfmsColumn: return PortfolioSort::Rfms;
    case CrmvColumn: return PortfolioSort::Crmv;
    case ClvColumn: return PortfolioSort::Clv;
    case PAliveColumn: return PortfolioSort::PAlive;
    case KindColumn: return PortfolioSort::Kind;
    case IndustryColumn: return PortfolioSort::Industry;
    case RegionColumn: return PortfolioSort::Region;
    case OwnerColumn: return PortfolioSort::Owner;
    case LifecycleColumn: return PortfolioSort::Lifecycle;
    case LoyaltyColumn: return PortfolioSort::Loyalty;
    case HealthColumn: return PortfolioSort::Health;
    case RiskColumn: return PortfolioSort::Risk;
    default: return std::nullopt; // tags have no order of their own
    }
}

void PortfolioModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortForColumn(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = *sort;
    m_filter.descending = descending;
    startQuery();
}

} // namespace tessera::app
