#pragma once

// Assembles a TierReport for the signed-in user from one scoring run (the
// newest by default) and optionally a second run to compare with: only the
// customers the user may see (an account manager's portfolio, a
// supervisor's team), names of persons masked for analysts as everywhere else.

#include "common/Result.h"
#include "domain/reports/TierReport.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

namespace tessera::domain {

class TierReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(TierReportBuilder)

public:
    explicit TierReportBuilder(Workspace& workspace) : m_ws(workspace) {}

    // The report's customers are read later, on this workspace's connection,
    // as a writer asks for them.
    Result<TierReport> build(const TierReportRequest& request);

private:
    Result<storage::ScoringRunRecord> chooseRun(const std::optional<std::int64_t>& runId);
    void addGroups(TierReport& report, const std::vector<storage::TierGroupRecord>& groups) const;
    TierReportCustomers customerSource(const storage::TierReportScope& scope) const;

    Workspace& m_ws;
};

} // namespace tessera::domain
