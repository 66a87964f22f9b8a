#include "domain/reports/TierReportWriter.h"

#include "domain/reports/CsvTierReportWriter.h"
#include "domain/reports/PdfTierReportWriter.h"
#include "domain/reports/XlsxTierReportWriter.h"

namespace tessera::domain {

std::vector<std::string> TierReportWriter::formats() {
    return {"csv", "xlsx", "pdf"};
}

std::unique_ptr<TierReportWriter> TierReportWriter::create(std::string_view format) {
    if (format == "csv")
        return std::make_unique<CsvTierReportWriter>();
    if (format == "xlsx")
        return std::make_unique<XlsxTierReportWriter>();
    if (format == "pdf")
        return std::make_unique<PdfTierReportWriter>();
    return nullptr;
}

} // namespace tessera::domain
