#pragma once

// The KPI engine (product.md capabilities 5 and 6, docs/kpis.md): the
// figures of a period for everyone the signed-in user may see, optionally
// narrowed to a team, an owner or a tier, and broken down by tier, owner,
// team or touchpoint. A supervisor reaches only their team, an account
// manager their own portfolio; asking for someone else's is refused and
// audited.

#include "common/Result.h"
#include "domain/kpi/KpiFigures.h"
#include "domain/kpi/KpiPeriod.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <utility>

namespace tessera::domain {

struct KpiRequest {
    KpiPeriod period;
    storage::KpiGrouping grouping = storage::KpiGrouping::Company;
    std::optional<std::string> tier;            // only this tier (latest scoring run)
    std::optional<std::string> segment;         // only this RFM segment (latest run)
    std::optional<std::int64_t> teamSupervisor; // only this supervisor's team
    std::optional<std::int64_t> owner;          // only this owner's portfolio
    // Count only up to this day (a period to date); nullopt: the whole period.
    std::optional<std::int32_t> through;

    // The days counted, as the storage queries take them.
    storage::KpiDays days(const Calendar& calendar) const;
};

// A request as of `today`, with the request it compares with: a period still
// running counts up to today, and the period before it is cut to as many
// days, so that a quarter to date is not set against a whole quarter.
std::pair<KpiRequest, KpiRequest> withComparison(const KpiRequest& request, std::int32_t today);

struct KpiReport {
    KpiPeriod period;
    storage::KpiGrouping grouping = storage::KpiGrouping::Company;
    KpiFigures total;
    std::vector<KpiFigures> groups; // by key; empty for the company view
    std::optional<std::int64_t> scoringRun;
};

class KpiService {
    Q_DECLARE_TR_FUNCTIONS(KpiService)

public:
    explicit KpiService(Workspace& workspace) : m_ws(workspace) {}

    static std::optional<storage::KpiGrouping> groupingFromKey(const std::string& key);
    static const char* groupingKey(storage::KpiGrouping grouping);

    Result<KpiReport> compute(const KpiRequest& request);

    // The scope a request reaches, checked against the session.
    Result<storage::KpiScope> scopeOf(const KpiRequest& request);

    // The supervisors whose teams the signed-in user may narrow figures to
    // (id, user name): every one for analysts and administrators, their own
    // for a supervisor, none for an account manager.
    Result<std::vector<std::pair<std::int64_t, std::string>>> visibleTeams();

    // The customers behind one figure of a group (see KpiRepository), at most `limit`.
    Result<std::vector<std::int64_t>> customersBehind(const KpiRequest& request,
                                                      storage::KpiRepository::Source source,
                                                      const std::string& key, int limit);

private:
    Result<std::vector<std::int64_t>> teamOf(std::int64_t supervisorId);
    Error refuse(const QString& message, const std::string& objectType,
                 const std::string& objectId);

    Workspace& m_ws;
};

} // namespace tessera::domain
