#pragma once

// Writes a tier report in one file format. Each format is a small class
// behind this interface (CSV, XLSX, PDF); all of them write the sections of
// TierReportLayout, and all replace the target file only once it is complete,
// so a failed or cancelled export never leaves half a file.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/reports/TierReport.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

class TierReportWriter {
public:
    virtual ~TierReportWriter() = default;

    // The format's name and usual file extension: csv, xlsx, pdf.
    virtual std::string format() const = 0;
    virtual Status write(const TierReport& report, const std::string& path,
                         const JobControl& job) = 0;

    // Every format, in the order offered to users.
    static std::vector<std::string> formats();
    // The writer for `format`; nullptr for a format there is none for.
    static std::unique_ptr<TierReportWriter> create(std::string_view format);
};

} // namespace tessera::domain
