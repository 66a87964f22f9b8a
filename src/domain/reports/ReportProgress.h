#pragma once

// Progress and cancellation while a writer goes through a report's rows: one
// call per row, a report to the job every few thousand rows (and a check for
// Cancel), so a million rows neither flood the progress dialog nor run on
// after the user stopped them.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/reports/ReportTable.h"

#include <limits>
#include <string>

namespace tessera::domain {

class ReportProgress {
public:
    // `rowsPerTable`: how many rows of each table the writer goes through at
    // most (the PDF's limit), for an honest share done.
    ReportProgress(const ReportDocument& document, const JobControl& job,
                   std::int64_t rowsPerTable = std::numeric_limits<std::int64_t>::max());

    // After each row written.
    Status row();
    // Once the file is complete.
    void done();

private:
    const JobControl& m_job;
    std::string m_stage;
    std::int64_t m_total = 0;
    std::int64_t m_rows = 0;
};

} // namespace tessera::domain
