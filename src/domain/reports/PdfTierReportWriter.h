#pragma once

// The tier report as a PDF for reading and printing: A4 landscape (the
// customer table has seventeen columns), a title block naming the run, its
// as-of date and profile version, who generated it and when, then each
// section as a table whose header repeats on every page it spans. Drawn with
// QPainter on a QPdfWriter, so it needs a QGuiApplication (the command line
// makes one for this); Chinese text is set in Noto Sans CJK, embedded.
//
// A PDF of a million customers would run to twenty thousand pages nobody
// reads, so a long table shows its first kMaxRowsPerTable rows and says how
// many more the CSV and XLSX exports carry.

#include "domain/reports/TierReportWriter.h"

#include <QCoreApplication>

namespace tessera::domain {

class PdfTierReportWriter final : public TierReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfTierReportWriter)

public:
    static constexpr std::int64_t kMaxRowsPerTable = 2000;

    std::string format() const override { return "pdf"; }
    Status write(const TierReport& report, const std::string& path, const JobControl& job) override;
};

} // namespace tessera::domain
