#pragma once

// Assembles a TierReport for the signed-in user from one scoring run (the
// newest by default) and optionally a second run to compare with: only the
// customers the user may see (an account manager's portfolio, a
// supervisor's team), names of persons masked for analysts as everywhere else.

#include "common/Result.h"
#include "domain/reports/TierReport.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <memory>

namespace tessera::domain {

class TierReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(TierReportBuilder)

public:
    explicit TierReportBuilder(Workspace& workspace) : m_ws(workspace) {}

    // Reads the report's customers once, in the caller's read snapshot; the
    // report holds them (compactly) until it is written.
    Result<TierReport> build(const TierReportRequest& request);

private:
    Result<storage::ScoringRunRecord> chooseRun(const std::optional<std::int64_t>& runId);
    void addGroups(TierReport& report, const std::vector<storage::TierGroupRecord>& groups) const;
    TierReportCustomers customerSource(std::shared_ptr<const storage::TierReportRows> rows) const;

    Workspace& m_ws;
};

} // namespace tessera::domain
