#include "domain/reports/TierReportBuilder.h"

#include "domain/records/CustomerRules.h"
#include "domain/scoring/FitWarningText.h"
#include "domain/scoring/ScoringService.h"
#include "storage/scoring/TierReportRows.h"

#include <algorithm>
#include <map>

namespace tessera::domain {
namespace {

TierReportScope scopeOf(const Session& session) {
    switch (session.role) {
    case Role::Supervisor: return TierReportScope::Team;
    case Role::AccountManager: return TierReportScope::Portfolio;
    default: return TierReportScope::Everyone;
    }
}

// By name; customers without an owner last.
bool ownerOrder(const TierReportOwner& a, const TierReportOwner& b) {
    if (a.id.has_value() != b.id.has_value())
        return a.id.has_value();
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
}

} // namespace

Result<storage::ScoringRunRecord>
TierReportBuilder::chooseRun(const std::optional<std::int64_t>& runId) {
    ScoringService scoring(m_ws);
    if (runId)
        return scoring.findRun(*runId);
    auto latest = scoring.latestRun();
    if (!latest)
        return latest.error();
    if (!*latest)
        return makeError(ErrorCode::NotFound,
                         tr("Nothing has been scored yet, so there is no tier report; run "
                            "scoring first.")
                             .toStdString());
    return std::move(**latest);
}

Result<TierReport> TierReportBuilder::build(const TierReportRequest& request) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    TierReport report;
    auto run = chooseRun(request.runId);
    if (!run)
        return run.error();
    report.run = std::move(*run);
    if (request.compareRunId) {
        auto compared = chooseRun(request.compareRunId);
        if (!compared)
            return compared.error();
        report.compareRun = std::move(*compared);
        report.movements = TierMovements{};
    }
    const Session& session = m_ws.session();
    report.generatedBy = session.displayName + " (" + session.username + ")";
    report.generatedAt = QDateTime::fromMSecsSinceEpoch(m_ws.nowMs(), m_ws.calendar().timeZone());
    report.scope = scopeOf(session);
    report.masked = AccessPolicy::masksPersonalData(session);
    report.lifetimeValueWarnings =
        FitWarningText::sentences(ScoringRunDetails::fromStored(report.run.details));

    const storage::TierReportScope scope{report.run.id, request.compareRunId,
                                         AccessPolicy::visibleOwners(session)};
    // One read serves the totals and both lists of customers.
    auto rows = storage::TierReportRepository(m_ws.db()).readRows(scope);
    if (!rows)
        return rows.error();
    addGroups(report, (*rows)->groups());
    report.customers = customerSource(*rows);
    return report;
}

// Revenue is the run's M: each customer's net spend in the run's window,
// floored at 0 (scoring.md section 1). It is the very amount that ranked the
// customer into their tier, it is stored with the run so a report of an old run
// says the same after later imports, and it needs no pass over the
// transactions. (A customer whose refunds exceed their purchases adds 0, not a
// negative amount, as in scoring.)
void TierReportBuilder::addGroups(TierReport& report,
                                  const std::vector<storage::TierGroupRecord>& groups) const {
    std::map<std::optional<std::int64_t>, TierReportOwner> owners;
    for (const storage::TierGroupRecord& group : groups) {
        const auto tier = scoring::tierFromName(group.tier);
        if (!tier) // the engine writes only the five names
            continue;
        const auto t = static_cast<std::size_t>(*tier);
        report.tiers[t].add(group);
        report.total.add(group);
        TierReportOwner& owner = owners[group.ownerId];
        owner.id = group.ownerId;
        owner.name = group.ownerName;
        owner.totals.add(group);
        owner.tierCustomers[t] += group.customers;
        if (!report.movements)
            continue;
        const auto from =
            group.previousTier ? scoring::tierFromName(*group.previousTier) : std::nullopt;
        if (from)
            report.movements->counts[static_cast<std::size_t>(*from)][t] += group.customers;
        else
            report.movements->notInComparedRun += group.customers;
    }
    for (auto& [id, owner] : owners)
        report.owners.push_back(std::move(owner));
    std::sort(report.owners.begin(), report.owners.end(), ownerOrder);
}

TierReportCustomers
TierReportBuilder::customerSource(std::shared_ptr<const storage::TierReportRows> rows) const {
    const bool masked = AccessPolicy::masksPersonalData(m_ws.session());
    return TierReportCustomers(
        [rows = std::move(rows), masked](TierReportCustomers::Which which,
                                         const TierReportCustomers::Visit& visit) -> Status {
            const auto subset = which == TierReportCustomers::Which::Moved
                                    ? storage::TierReportRows::Rows::Moved
                                    : storage::TierReportRows::Rows::All;
            rows->forEach(subset, [&](const storage::TierReportRowRecord& row) {
                if (!masked || row.kind != "person")
                    return visit(row);
                // The same masking as the portfolio and its export: a person's name is personal
                // data.
                storage::TierReportRowRecord shown = row;
                shown.name = CustomerRules::initials(row.name);
                return visit(shown);
            });
            return {};
        });
}

} // namespace tessera::domain
