#pragma once

// The tier report as an Excel workbook (libxlsxwriter): a Report sheet with
// the facts, then one sheet per section with a bold, frozen header row;
// numbers are numbers with their formats (thousands, two decimals for money,
// percentages for shares), tier and segment names translated. Written in
// libxlsxwriter's constant-memory mode, row by row, so a million customers
// take little memory; a section longer than a sheet's 1,048,575 rows goes on
// in a second sheet.

#include "domain/reports/TierReportWriter.h"

namespace tessera::domain {

class XlsxTierReportWriter final : public TierReportWriter {
public:
    std::string format() const override { return "xlsx"; }
    Status write(const TierReport& report, const std::string& path, const JobControl& job) override;
};

} // namespace tessera::domain
