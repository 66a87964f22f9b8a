#include "domain/reports/CsvTierReportWriter.h"

#include "domain/files/CsvWriter.h"
#include "domain/reports/ReportCellFormat.h"
#include "domain/reports/ReportProgress.h"
#include "domain/reports/TierReportLayout.h"

namespace tessera::domain {
namespace {

std::string section(const std::string& key) {
    return "[" + key + "]";
}

Status writeTable(CsvWriter& csv, const ReportTable& table, ReportProgress& progress) {
    TESSERA_TRY(csv.writeRow(std::vector<std::string>{}));
    TESSERA_TRY(csv.writeRow(std::vector<std::string>{section(table.key)}));
    std::vector<std::string> fields;
    for (const ReportColumn& column : table.columns)
        fields.push_back(column.key);
    TESSERA_TRY(csv.writeRow(fields));
    // The fields and their views are reused from row to row: no allocation
    // per cell once the longest values have been seen.
    std::vector<std::string_view> views;
    Status status;
    TESSERA_TRY(table.forEachRow([&](const ReportRow& row) {
        views.resize(row.size());
        for (std::size_t i = 0; i < row.size(); ++i) {
            ReportCellFormat::plain(table.columns[i], row[i], fields[i]);
            views[i] = fields[i];
        }
        status = csv.writeRow(views);
        if (status)
            status = progress.row();
        return status.ok();
    }));
    return status;
}

} // namespace

Status CsvTierReportWriter::write(const TierReport& report, const std::string& path,
                                  const JobControl& job) {
    const ReportDocument document = TierReportLayout::document(report);
    auto csv = CsvWriter::create(path, /*withBom=*/true);
    if (!csv)
        return csv.error();
    ReportProgress progress(document, job);
    TESSERA_TRY((*csv)->writeRow(std::vector<std::string>{section("report")}));
    TESSERA_TRY((*csv)->writeRow(std::vector<std::string>{"item", "value"}));
    TESSERA_TRY((*csv)->writeRow(std::vector<std::string>{"title", document.title.toStdString()}));
    for (const ReportFact& fact : document.facts)
        TESSERA_TRY((*csv)->writeRow(std::vector<std::string>{fact.key, fact.value.toStdString()}));
    for (const ReportTable& table : document.tables)
        TESSERA_TRY(writeTable(**csv, table, progress));
    TESSERA_TRY((*csv)->commit());
    progress.done();
    return {};
}

} // namespace tessera::domain
