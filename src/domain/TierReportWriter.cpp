#include "domain/TierReportWriter.h"

#include "domain/CsvTierReportWriter.h"

namespace tessera::domain {

std::vector<std::string> TierReportWriter::formats() {
    return {"csv"};
}

std::unique_ptr<TierReportWriter> TierReportWriter::create(std::string_view format) {
    if (format == "csv")
        return std::make_unique<CsvTierReportWriter>();
    return nullptr;
}

} // namespace tessera::domain
