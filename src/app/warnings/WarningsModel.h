#pragma once

// The warnings list as a table: kind, since, customer code and name, owner,
// reason. The rows arrive whole from WarningService; sorting is done here,
// on the loaded rows, by any column.

#include "domain/warnings/Warning.h"

#include <QAbstractTableModel>
#include <vector>

namespace tessera::app {

class WarningsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        SinceColumn,
        CodeColumn,
        NameColumn,
        OwnerColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit WarningsModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setWarnings(std::vector<domain::Warning> warnings);
    const domain::Warning& warning(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<domain::Warning> m_rows;
};

} // namespace tessera::app
