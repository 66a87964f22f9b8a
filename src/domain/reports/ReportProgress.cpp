#include "domain/reports/ReportProgress.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::domain {
namespace {

constexpr std::int64_t kRowsPerReport = 4096;

} // namespace

ReportProgress::ReportProgress(const ReportDocument& document, const JobControl& job,
                               std::int64_t rowsPerTable)
    : m_job(job),
      m_stage(QCoreApplication::translate("ReportProgress", "Writing the report").toStdString()) {
    for (const ReportTable& table : document.tables)
        m_total += std::min(table.rowCount, rowsPerTable);
    m_total = std::max<std::int64_t>(1, m_total);
    m_job.report(0, m_stage);
}

Status ReportProgress::row() {
    TESSERA_TRY(m_job.checkCancelled());
    if (++m_rows % kRowsPerReport != 0)
        return {};
    // 99 at most: 100 once the file is really there.
    m_job.report(static_cast<int>(std::min<std::int64_t>(99, 100 * m_rows / m_total)), m_stage);
    return {};
}

void ReportProgress::done() {
    m_job.report(100, m_stage);
}

} // namespace tessera::domain
