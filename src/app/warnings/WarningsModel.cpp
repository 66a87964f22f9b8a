#include "app/warnings/WarningsModel.h"

#include "app/common/Text.h"
#include "domain/workspace/Calendar.h"

#include <algorithm>

namespace tessera::app {
namespace {

// Sorts by `key`; ties keep the service's order (kind, since, code).
template <typename Key>
void sortRows(std::vector<domain::Warning>& rows, Qt::SortOrder order, Key key) {
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const domain::Warning& a, const domain::Warning& b) {
                         return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
                     });
}

} // namespace

void WarningsModel::setWarnings(std::vector<domain::Warning> warnings) {
    beginResetModel();
    m_rows = std::move(warnings);
    endResetModel();
}

int WarningsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WarningsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarningsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const domain::Warning& w = warning(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return qs(w.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn: return domain::warningKindLabel(w.kind);
    case SinceColumn: return domain::Calendar::isoDate(w.sinceDay);
    case CodeColumn: return qs(w.code);
    case NameColumn: return qs(w.name);
    case OwnerColumn: return w.ownerId ? qs(w.ownerName) : tr("Unassigned");
    case ReasonColumn: return qs(w.reason);
    }
    return {};
}

QVariant WarningsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Warning");
    case SinceColumn: return tr("Since");
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Customer");
    case OwnerColumn: return tr("Owner");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

void WarningsModel::sort(int column, Qt::SortOrder order) {
    beginResetModel();
    using W = domain::Warning;
    switch (column) {
    case KindColumn: sortRows(m_rows, order, [](const W& w) { return w.kind; }); break;
    case SinceColumn: sortRows(m_rows, order, [](const W& w) { return w.sinceDay; }); break;
    case CodeColumn:
        sortRows(m_rows, order, [](const W& w) -> const std::string& { return w.code; });
        break;
    case NameColumn:
        sortRows(m_rows, order, [](const W& w) -> const std::string& { return w.name; });
        break;
    case OwnerColumn:
        sortRows(m_rows, order, [](const W& w) -> const std::string& { return w.ownerName; });
        break;
    case ReasonColumn:
        sortRows(m_rows, order, [](const W& w) -> const std::string& { return w.reason; });
        break;
    }
    endResetModel();
}

} // namespace tessera::app
