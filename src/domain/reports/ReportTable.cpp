#include "domain/reports/ReportTable.h"

#include <memory>

namespace tessera::domain {

ReportTable ReportTable::fromRows(std::string key, QString title, std::vector<ReportColumn> columns,
                                  std::vector<ReportRow> rows, bool lastRowIsTotal) {
    ReportTable table;
    table.key = std::move(key);
    table.title = std::move(title);
    table.columns = std::move(columns);
    table.rowCount = static_cast<std::int64_t>(rows.size());
    table.lastRowIsTotal = lastRowIsTotal;
    auto held = std::make_shared<const std::vector<ReportRow>>(std::move(rows));
    table.forEachRow = [held](const Visit& visit) -> Status {
        for (const ReportRow& row : *held)
            if (!visit(row))
                break;
        return {};
    };
    return table;
}

} // namespace tessera::domain
