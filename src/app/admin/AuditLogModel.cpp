#include "app/admin/AuditLogModel.h"

#include "app/common/Text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace tessera::app {

AuditLogModel::AuditLogModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent), m_zone(zone) {}

void AuditLogModel::setRows(std::vector<storage::AuditRecord> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AuditLogModel::appendRows(const std::vector<storage::AuditRecord>& rows) {
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

std::optional<std::int64_t> AuditLogModel::oldestId() const {
    if (m_rows.empty())
        return std::nullopt;
    return m_rows.back().id;
}

int AuditLogModel::rowOfId(std::int64_t id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::text(const storage::AuditRecord& r, int column) const {
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.at, m_zone)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn: return r.username.empty() ? tr("(nobody signed in)") : qs(r.username);
    case ActionColumn: return qs(r.action);
    case ObjectColumn:
        return r.objectId.empty() ? qs(r.objectType)
                                  : QStringLiteral("%1 %2").arg(qs(r.objectType), qs(r.objectId));
    case DetailColumn: return qs(r.detail);
    case OutcomeColumn: return outcomeText(r.outcome);
    }
    return {};
}

QString AuditLogModel::outcomeText(const std::string& outcome) {
    if (outcome == "ok")
        return tr("ok");
    if (outcome == "refused")
        return tr("refused");
    if (outcome == "failed")
        return tr("failed");
    return qs(outcome);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::AuditRecord& r = m_rows[static_cast<std::size_t>(index.row())];
    const bool refused = r.outcome != "ok";
    switch (role) {
    case Qt::DisplayRole: return text(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn || index.column() == ObjectColumn
                   ? text(r, index.column())
                   : QVariant();
    case Qt::BackgroundRole: return refused ? QBrush(QColor(0xfd, 0xe7, 0xe4)) : QVariant();
    case Qt::ForegroundRole: return refused ? QBrush(QColor(0x8c, 0x1d, 0x18)) : QVariant();
    case Qt::UserRole: return QVariant::fromValue<qlonglong>(r.id);
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? QVariant::fromValue<qlonglong>(m_rows[section].id)
                                    : QVariant();
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case DetailColumn: return tr("Detail");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}

} // namespace tessera::app
