#pragma once

// The tier report as one CSV file (UTF-8 with a byte order mark, so
// spreadsheet programs read Chinese names): each section starts with a line
// naming it in brackets ([report], [tiers], [owners], [movements],
// [moved_customers], [customers]), then its header of stable English keys and
// its rows; a blank line separates sections. Values are as stored: tier keys,
// shares as fractions (0.2500), amounts with two decimals.

#include "domain/reports/TierReportWriter.h"

namespace tessera::domain {

class CsvTierReportWriter final : public TierReportWriter {
public:
    std::string format() const override { return "csv"; }
    Status write(const TierReport& report, const std::string& path, const JobControl& job) override;
};

} // namespace tessera::domain
