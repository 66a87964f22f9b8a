#include "domain/reports/TierReportService.h"

#include "domain/reports/TierReportBuilder.h"
#include "domain/reports/TierReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tessera::domain {
namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::string auditDetail(const TierReportExport& done) {
    std::string detail = "tier report, " + done.format + ", run " + std::to_string(done.runId);
    if (done.compareRunId)
        detail += " compared with run " + std::to_string(*done.compareRunId);
    detail += ", " + std::to_string(done.customers) + " customers";
    return detail + (done.masked ? " (masked)" : "");
}

} // namespace

bool TierReportService::exportNeedsConfirmation() const {
    return !AccessPolicy::masksPersonalData(m_ws.session());
}

Status TierReportService::checkDestination(const std::string& format, const std::string& path) {
    if (!TierReportWriter::create(format)) {
        QStringList formats;
        for (const std::string& known : TierReportWriter::formats())
            formats << q(known);
        return makeError(ErrorCode::InvalidArgument,
                         tr("There is no report format '%1'; choose %2.")
                             .arg(q(format), formats.join(QStringLiteral(", ")))
                             .toStdString());
    }
    const QFileInfo file(q(path));
    if (path.empty() || file.isDir())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("'%1' is not a file name; name the report file.").arg(q(path)).toStdString());
    if (!file.absoluteDir().exists())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The folder %1 does not exist; create it or choose another.")
                             .arg(QDir::toNativeSeparators(file.absolutePath()))
                             .toStdString());
    return {};
}

Result<TierReportExport> TierReportService::exportReport(const TierReportRequest& request,
                                                         const std::string& format,
                                                         const std::string& path,
                                                         const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ExportReports, "report", path));
    TESSERA_TRY(checkDestination(format, path));
    if (exportNeedsConfirmation())
        TESSERA_TRY(m_ws.requireConfirmedIdentity(Action::ExportReports, "report", path));
    auto done = write(request, format, path, job);
    if (!done)
        return done.error();
    // No report leaves without its audit row: if the row cannot be written,
    // neither may the file stay.
    if (Status audited =
            m_ws.audit({actionKey(Action::ExportReports), "report", path, auditDetail(*done)});
        !audited) {
        QFile::remove(q(path));
        return audited.error();
    }
    return done;
}

Result<TierReportExport> TierReportService::write(const TierReportRequest& request,
                                                  const std::string& format,
                                                  const std::string& path, const JobControl& job) {
    // One snapshot for the totals and the rows read while writing, so they
    // agree even if someone reassigns a customer meanwhile.
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    auto report = TierReportBuilder(m_ws).build(request);
    if (!report)
        return report.error();
    TESSERA_TRY(TierReportWriter::create(format)->write(*report, path, job));
    TierReportExport done;
    done.runId = report->run.id;
    done.compareRunId = request.compareRunId;
    done.format = format;
    done.path = path;
    done.customers = report->total.customers;
    if (report->movements) {
        done.promotions = report->movements->promotions();
        done.demotions = report->movements->demotions();
    }
    done.masked = report->masked;
    return done;
}

} // namespace tessera::domain
