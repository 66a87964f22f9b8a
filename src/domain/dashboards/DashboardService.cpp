#include "domain/dashboards/DashboardService.h"

#include "domain/scoring/ProfileService.h"

#include <map>

namespace tessera::domain {

Result<KpiPeriod> DashboardService::defaultPeriod(KpiPeriod::Kind kind) {
    auto scope = KpiService(m_ws).scopeOf({});
    if (!scope)
        return scope.error();
    auto latest = storage::KpiRepository(m_ws.db()).latestSurveyDay(*scope);
    if (!latest)
        return latest.error();
    const std::int32_t today = m_ws.calendar().dayOf(m_ws.nowMs());
    const KpiPeriod current = KpiPeriod::containing(kind, today);
    if (!*latest)
        return current;
    // Today's period while answers come in; otherwise the last period the
    // answers cover whole, so an import that ends mid-quarter does not open
    // on a part-period compared with a whole one.
    const KpiPeriod last = KpiPeriod::containing(kind, **latest);
    if (last == current || **latest == last.lastDay())
        return last;
    return last.previous();
}

Result<std::vector<TrendPoint>> DashboardService::trend(const KpiRequest& request,
                                                        KpiPeriod::Kind kind, int periods) {
    auto scope = KpiService(m_ws).scopeOf(request);
    if (!scope)
        return scope.error();
    // The periods ending with the one that holds the request's last day.
    std::vector<KpiPeriod> buckets{KpiPeriod::containing(kind, request.period.lastDay())};
    while (static_cast<int>(buckets.size()) < periods)
        buckets.insert(buckets.begin(), buckets.front().previous());
    storage::KpiDays span;
    span.firstDay = buckets.front().firstDay();
    span.lastDay = buckets.back().lastDay();
    auto days = storage::KpiRepository(m_ws.db()).surveysByDay(span, *scope);
    if (!days)
        return days.error();
    std::vector<KpiCounts> counts(buckets.size());
    std::size_t at = 0;
    for (const auto& [day, c] : *days) {
        while (at + 1 < buckets.size() && day > buckets[at].lastDay())
            ++at;
        KpiCounts one;
        one.surveys = c;
        counts[at].add(one);
    }
    std::vector<TrendPoint> out;
    for (std::size_t i = 0; i < buckets.size(); ++i)
        out.push_back({buckets[i].label(), counts[i].figures()});
    return out;
}

Result<Dashboard> DashboardService::build(const KpiRequest& request) {
    KpiService kpis(m_ws);
    Dashboard d;
    auto [now, before] = withComparison(request, m_ws.calendar().dayOf(m_ws.nowMs()));
    d.through = now.through;
    d.previousThrough = before.through;
    auto current = kpis.compute(now);
    if (!current)
        return current.error();
    d.current = std::move(*current);
    before.grouping = storage::KpiGrouping::Company;
    auto previous = kpis.compute(before);
    if (!previous)
        return previous.error();
    d.previous = previous->total;
    KpiRequest tiers = now;
    tiers.grouping = storage::KpiGrouping::Tier;
    if (request.grouping == storage::KpiGrouping::Tier) {
        d.byTier = d.current.groups;
    } else {
        auto byTier = kpis.compute(tiers);
        if (!byTier)
            return byTier.error();
        d.byTier = std::move(byTier->groups);
    }
    KpiTargets targets(m_ws);
    auto set = targets.list(request.period);
    if (!set)
        return set.error();
    d.targets = std::move(*set);
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const auto& w = profile->parameters.warnings;
    d.alerts = KpiTargets::alertsOf(d.current.total, d.previous, d.targets,
                                    {w.kpiDropShare, w.kpiTargetGapShare});
    auto monthly = trend(request, KpiPeriod::Kind::Month, 12);
    if (!monthly)
        return monthly.error();
    d.monthly = std::move(*monthly);
    auto quarterly = trend(request, KpiPeriod::Kind::Quarter, 8);
    if (!quarterly)
        return quarterly.error();
    d.quarterly = std::move(*quarterly);
    auto drivers = SurveyInsights(m_ws).drivers(now);
    if (!drivers)
        return drivers.error();
    d.drivers = std::move(*drivers);
    if (AccessPolicy::check(m_ws.session(), Action::ViewCampaigns)) {
        CampaignService campaigns(m_ws);
        auto all = campaigns.list();
        if (!all)
            return all.error();
        for (const auto& c : *all) {
            if (c.endDay < request.period.firstDay() || c.startDay > request.period.lastDay())
                continue;
            auto roi = campaigns.roi(c.id);
            if (!roi)
                return roi.error();
            d.campaigns.push_back(std::move(*roi));
        }
    }
    return d;
}

} // namespace tessera::domain
