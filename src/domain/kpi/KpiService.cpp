#include "domain/kpi/KpiService.h"

#include "domain/scoring/TierByName.h"
#include "scoring/rfm/RfmSegment.h"
#include "storage/admin/UserRepository.h"

#include <QString>
#include <algorithm>
#include <map>

namespace tessera::domain {
namespace {

using storage::KpiGrouping;

std::optional<scoring::RfmSegment> segmentByNameIgnoringCase(const std::string& name) {
    const QString wanted = QString::fromStdString(name).trimmed();
    for (int i = 0; i < scoring::kRfmSegmentCount; ++i) {
        const auto segment = static_cast<scoring::RfmSegment>(i);
        if (QString::fromLatin1(scoring::rfmSegmentName(segment).data())
                .compare(wanted, Qt::CaseInsensitive) == 0)
            return segment;
    }
    return std::nullopt;
}

std::string segmentNames() {
    std::string names;
    for (int i = 0; i < scoring::kRfmSegmentCount; ++i)
        names += (names.empty() ? "" : ", ") +
                 std::string(scoring::rfmSegmentName(static_cast<scoring::RfmSegment>(i)));
    return names;
}

// Counts of every group, keyed by group, so each family's rows land on the
// same group whatever order or subset of groups it returns.
using GroupCounts = std::map<std::string, KpiCounts>;

KpiCounts& group(GroupCounts& groups, const std::string& key) {
    KpiCounts& c = groups[key];
    c.key = key;
    c.surveys.key = key;
    c.service.key = key;
    return c;
}

std::vector<std::int64_t> intersect(std::vector<std::int64_t> wanted,
                                    const std::optional<std::vector<std::int64_t>>& visible) {
    if (!visible)
        return wanted;
    std::erase_if(wanted, [&](std::int64_t id) {
        return std::find(visible->begin(), visible->end(), id) == visible->end();
    });
    return wanted;
}

} // namespace

storage::KpiDays KpiRequest::days(const Calendar& calendar) const {
    storage::KpiDays d = period.days(calendar);
    if (through && *through < d.lastDay) {
        d.lastDay = std::max(*through, d.firstDay);
        d.endMs = calendar.startOfDayMs(d.lastDay + 1);
    }
    return d;
}

std::pair<KpiRequest, KpiRequest> withComparison(const KpiRequest& request, std::int32_t today) {
    KpiRequest now = request;
    KpiRequest before = request;
    before.period = request.period.previous();
    before.through.reset();
    if (today >= request.period.firstDay() && today < request.period.lastDay()) {
        now.through = today;
        before.through = before.period.firstDay() + (today - request.period.firstDay());
    }
    return {now, before};
}

std::optional<KpiGrouping> KpiService::groupingFromKey(const std::string& key) {
    for (KpiGrouping g : {KpiGrouping::Company, KpiGrouping::Tier, KpiGrouping::Owner,
                          KpiGrouping::Team, KpiGrouping::Touchpoint})
        if (key == groupingKey(g))
            return g;
    return std::nullopt;
}

const char* KpiService::groupingKey(KpiGrouping grouping) {
    switch (grouping) {
    case KpiGrouping::Company: return "company";
    case KpiGrouping::Tier: return "tier";
    case KpiGrouping::Owner: return "owner";
    case KpiGrouping::Team: return "team";
    case KpiGrouping::Touchpoint: return "touchpoint";
    }
    return "company";
}

Error KpiService::refuse(const QString& message, const std::string& objectType,
                         const std::string& objectId) {
    (void)m_ws.audit(
        {actionKey(Action::ListCustomers), objectType, objectId, message.toStdString(), "refused"});
    return makeError(ErrorCode::PermissionDenied, message.toStdString());
}

Result<std::vector<std::int64_t>> KpiService::teamOf(std::int64_t supervisorId) {
    auto reports = storage::UserRepository(m_ws.db()).reportsOf(supervisorId);
    if (!reports)
        return reports.error();
    reports->push_back(supervisorId);
    return *reports;
}

Result<storage::KpiScope> KpiService::scopeOf(const KpiRequest& r) {
    // Every role sees figures; whose customers they cover is the scope below.
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    storage::KpiScope scope;
    const auto visible = AccessPolicy::visibleOwners(m_ws.session());
    scope.owners = visible;
    if (r.teamSupervisor) {
        auto team = teamOf(*r.teamSupervisor);
        if (!team)
            return team.error();
        const auto reachable = intersect(*team, visible);
        if (reachable.size() != team->size())
            return refuse(tr("You may see the figures of your own team only."), "user",
                          std::to_string(*r.teamSupervisor));
        scope.owners = reachable;
    }
    if (r.owner) {
        if (intersect({*r.owner}, scope.owners).empty())
            return refuse(r.teamSupervisor
                              ? tr("That account manager is not in the chosen team.")
                              : tr("You may see the figures of your own portfolio or team only."),
                          "user", std::to_string(*r.owner));
        scope.owners = std::vector<std::int64_t>{*r.owner};
    }
    if (r.tier) {
        const auto tier = tierByNameIgnoringCase(*r.tier);
        if (!tier)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' is not a tier; use Diamond, Platinum, Gold, Silver or "
                                "Bronze.")
                                 .arg(QString::fromStdString(*r.tier))
                                 .toStdString());
        scope.tier = std::string(scoring::tierName(*tier));
    }
    if (r.segment) {
        const auto segment = segmentByNameIgnoringCase(*r.segment);
        if (!segment)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("'%1' is not an RFM segment; use one of: %2.")
                    .arg(QString::fromStdString(*r.segment), QString::fromStdString(segmentNames()))
                    .toStdString());
        scope.segment = std::string(scoring::rfmSegmentName(*segment));
    }
    auto run = storage::KpiRepository(m_ws.db()).latestRun();
    if (!run)
        return run.error();
    scope.scoringRun = *run;
    return scope;
}

Result<KpiReport> KpiService::compute(const KpiRequest& r) {
    auto scope = scopeOf(r);
    if (!scope)
        return scope.error();
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    storage::KpiRepository repo(m_ws.db());
    const storage::KpiDays days = r.days(m_ws.calendar());
    // Retention asks who bought in the whole period before.
    const storage::KpiDays before = r.period.previous().days(m_ws.calendar());
    GroupCounts groups;

    auto surveys = repo.surveys(days, *scope, r.grouping);
    if (!surveys)
        return surveys.error();
    for (const auto& s : *surveys)
        group(groups, s.key).surveys = s;
    auto dimensions = repo.dimensions(days, *scope, r.grouping);
    if (!dimensions)
        return dimensions.error();
    for (const auto& d : *dimensions) {
        KpiCounts& c = group(groups, d.key);
        c.dimensionResponses[d.dimension - 1] = d.responses;
        c.dimensionSums[d.dimension - 1] = d.mean * static_cast<double>(d.responses);
    }
    auto service = repo.service(days, *scope, r.grouping);
    if (!service)
        return service.error();
    for (const auto& s : *service)
        group(groups, s.key).service = s;

    // Purchases and CLV have no touchpoint: with that grouping their totals
    // come from one company-wide pass instead of the groups' sum.
    const bool byTouchpoint = r.grouping == KpiGrouping::Touchpoint;
    const KpiGrouping valueGrouping = byTouchpoint ? KpiGrouping::Company : r.grouping;
    auto purchases = repo.purchases(days, before, *scope, valueGrouping);
    if (!purchases)
        return purchases.error();
    auto values = repo.values(*scope, valueGrouping);
    if (!values)
        return values.error();
    KpiCounts total;
    if (!byTouchpoint) {
        for (const auto& p : *purchases)
            group(groups, p.key).purchases = p;
        for (const auto& v : *values)
            group(groups, v.key).values = v;
    }
    for (const auto& [key, counts] : groups)
        total.add(counts);
    if (byTouchpoint) {
        for (const auto& p : *purchases)
            total.purchases = p;
        for (const auto& v : *values)
            total.values = v;
    }
    if (!total.purchases)
        total.purchases.emplace(); // nobody in scope: zero buyers, not "no such figure"

    KpiReport report;
    report.period = r.period;
    report.grouping = r.grouping;
    report.scoringRun = scope->scoringRun;
    report.total = total.figures();
    if (r.grouping != KpiGrouping::Company) {
        const double revenue = report.total.revenue();
        for (const auto& [key, counts] : groups) {
            KpiFigures f = counts.figures();
            if (f.hasPurchases && revenue != 0.0)
                f.revenueShare = f.revenue() / revenue;
            report.groups.push_back(std::move(f));
        }
    }
    if (report.total.revenue() != 0.0)
        report.total.revenueShare = 1.0;
    return report;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> KpiService::visibleTeams() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    const Session& session = m_ws.session();
    std::vector<std::pair<std::int64_t, std::string>> teams;
    if (session.role == Role::AccountManager)
        return teams;
    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    for (const auto& u : *users)
        if (u.role == "supervisor" && u.active &&
            (session.role != Role::Supervisor || u.id == session.userId))
            teams.emplace_back(u.id, u.username);
    return teams;
}

Result<std::vector<std::int64_t>> KpiService::customersBehind(const KpiRequest& request,
                                                              storage::KpiRepository::Source source,
                                                              const std::string& key, int limit) {
    auto scope = scopeOf(request);
    if (!scope)
        return scope.error();
    return storage::KpiRepository(m_ws.db()).customersBehind(source, request.days(m_ws.calendar()),
                                                             *scope, request.grouping, key, limit);
}

} // namespace tessera::domain
