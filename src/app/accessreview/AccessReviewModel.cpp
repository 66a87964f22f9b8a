#include "app/accessreview/AccessReviewModel.h"

#include "app/common/Text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QStringList>

namespace tessera::app {

AccessReviewModel::AccessReviewModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent), m_zone(zone) {}

void AccessReviewModel::setDays(std::vector<domain::AccessDay> days) {
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int AccessReviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int AccessReviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessReviewModel::text(const domain::AccessDay& d, int column) const {
    const auto time = [this](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("HH:mm:ss"));
    };
    switch (column) {
    case DayColumn: return domain::Calendar::isoDate(d.day);
    case UserColumn: return qs(d.username);
    case ReadsColumn: return QString::number(d.reads);
    case CustomersColumn: return QString::number(d.customers);
    case ExportsColumn:
        return d.exports == 0 ? QStringLiteral("0")
                              : tr("%1 (%Ln row(s))", nullptr, static_cast<int>(d.exportedRows))
                                    .arg(d.exports);
    case RefusedColumn: return QString::number(d.refused);
    case FirstColumn: return time(d.firstAt);
    case LastColumn: return time(d.lastAt);
    case OutOfHoursColumn: return QString::number(d.outOfHours);
    case FlagsColumn: {
        QStringList flags;
        for (const std::string& key : d.flags())
            flags << domain::AccessReviewService::flagLabel(key);
        return flags.join(QStringLiteral(", "));
    }
    }
    return {};
}

bool AccessReviewModel::raisesFlag(const domain::AccessDay& d, int column) {
    switch (column) {
    case DayColumn: return d.weekend;
    case ReadsColumn: return d.bulk;
    case RefusedColumn: return d.refused > 0;
    case OutOfHoursColumn: return d.outOfHours > 0;
    case FlagsColumn: return d.flagged();
    default: return false;
    }
}

QVariant AccessReviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const domain::AccessDay& d = m_days[static_cast<std::size_t>(index.row())];
    const bool raised = raisesFlag(d, index.column());
    switch (role) {
    case Qt::DisplayRole: return text(d, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DayColumn || index.column() == UserColumn ||
                       index.column() == FlagsColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: return d.flagged() ? QBrush(QColor(0xfd, 0xe7, 0xe4)) : QVariant();
    case Qt::ForegroundRole: return raised ? QBrush(QColor(0x8c, 0x1d, 0x18)) : QVariant();
    case Qt::FontRole: {
        if (!raised)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant AccessReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case UserColumn: return tr("User");
    case ReadsColumn: return tr("Reads");
    case CustomersColumn: return tr("Customers");
    case ExportsColumn: return tr("Exports");
    case RefusedColumn: return tr("Refused");
    case FirstColumn: return tr("First");
    case LastColumn: return tr("Last");
    case OutOfHoursColumn: return tr("Out of hours");
    case FlagsColumn: return tr("Flags");
    }
    return {};
}

} // namespace tessera::app
