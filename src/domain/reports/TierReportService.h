#pragma once

// Exporting a tier report: the permission (ExportReports), the password
// confirmation before names leave unmasked, the report for the user's share of
// the customers, the file in the chosen format, and the audit row that says
// who exported what (format, run, rows) where.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/reports/TierReport.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>
#include <string>

namespace tessera::domain {

struct TierReportExport {
    std::int64_t runId = 0;
    std::optional<std::int64_t> compareRunId;
    std::string format;
    std::string path;
    std::int64_t customers = 0;
    std::int64_t promotions = 0;
    std::int64_t demotions = 0;
    bool masked = false;
};

class TierReportService {
    Q_DECLARE_TR_FUNCTIONS(TierReportService)

public:
    explicit TierReportService(Workspace& workspace) : m_ws(workspace) {}

    // Writes the report as `format` (see TierReportWriter::formats()) to
    // `path`, replacing the file only once it is complete. An unmasked report
    // (every role but analysts) needs a fresh Workspace::confirmIdentity().
    Result<TierReportExport> exportReport(const TierReportRequest& request,
                                          const std::string& format, const std::string& path,
                                          const JobControl& job = {});
    // Whether the caller's reports carry unmasked names, so they must confirm
    // their password first.
    bool exportNeedsConfirmation() const;
    // A known format and a file name in a folder that exists (checked again
    // by exportReport; the command line asks first, before a password prompt).
    static Status checkDestination(const std::string& format, const std::string& path);

private:
    Result<TierReportExport> write(const TierReportRequest& request, const std::string& format,
                                   const std::string& path, const JobControl& job);

    Workspace& m_ws;
};

} // namespace tessera::domain
