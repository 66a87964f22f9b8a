#pragma once

// The rows of the audit viewer, newest first, one page after another; rows
// whose outcome is not "ok" (refused, failed) stand out.

#include "storage/admin/AuditRepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <vector>

namespace tessera::app {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        DetailColumn,
        OutcomeColumn,
        ColumnCount
    };

    // Times are shown in `zone` (the database's time zone).
    explicit AuditLogModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setRows(std::vector<storage::AuditRecord> rows);
    void appendRows(const std::vector<storage::AuditRecord>& rows);
    const storage::AuditRecord& record(int row) const { return m_rows.at(row); }
    // The oldest id shown, for the next page.
    std::optional<std::int64_t> oldestId() const;
    int rowOfId(std::int64_t id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const storage::AuditRecord& r, int column) const;
    static QString outcomeText(const std::string& outcome);

    QTimeZone m_zone;
    std::vector<storage::AuditRecord> m_rows;
};

} // namespace tessera::app
