#pragma once

// The rows of the access review: one per user and day, the flagged days
// standing out (the flagged cells in bold red, the row tinted).

#include "domain/accessreview/AccessReviewService.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <vector>

namespace tessera::app {

class AccessReviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        UserColumn,
        ReadsColumn,
        CustomersColumn,
        ExportsColumn,
        RefusedColumn,
        FirstColumn,
        LastColumn,
        OutOfHoursColumn,
        FlagsColumn,
        ColumnCount
    };

    // Times are shown in `zone` (the database's time zone).
    explicit AccessReviewModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setDays(std::vector<domain::AccessDay> days);
    const domain::AccessDay& day(int row) const { return m_days.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of a cell, as shown (and as exported).
    QString text(const domain::AccessDay& d, int column) const;

private:
    // Whether the cell is the one that raised a flag (bold red).
    static bool raisesFlag(const domain::AccessDay& d, int column);

    QTimeZone m_zone;
    std::vector<domain::AccessDay> m_days;
};

} // namespace tessera::app
