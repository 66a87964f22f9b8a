#include "domain/journeymaps/JourneyService.h"

#include "domain/journeymaps/JourneyMetrics.h"
#include "domain/records/CustomerRules.h"
#include "domain/scoring/ProfileService.h"
#include "storage/journeys/JourneyActivityRepository.h"

#include <map>
#include <set>

namespace tessera::domain {
namespace {

KpiRequest kpiRequestOf(const JourneyRequest& r) {
    KpiRequest k;
    k.period = r.period;
    k.tier = r.tier;
    k.segment = r.segment;
    k.teamSupervisor = r.teamSupervisor;
    k.owner = r.owner;
    return k;
}

// Churned or at churn risk now: these lifecycle stages, or a health score
// under the profile's warning threshold (docs/journeys.md).
const std::vector<std::string> kRiskLifecycles = {"churned", "declining"};

} // namespace

Result<storage::KpiScope> JourneyService::scopeOf(const JourneyRequest& request) {
    return KpiService(m_ws).scopeOf(kpiRequestOf(request));
}

Result<JourneyMap> JourneyService::compute(const JourneyRequest& request) {
    auto scope = scopeOf(request);
    if (!scope)
        return scope.error();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const auto& warnings = profile->parameters.warnings;
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    const storage::KpiDays days = request.period.days(m_ws.calendar());

    JourneyInputs inputs;
    inputs.painPointRate = warnings.painPointComplaintRate;
    inputs.pathLimit = request.pathLimit;
    storage::JourneyRepository journeys(m_ws.db());
    auto stages = journeys.stages();
    if (!stages)
        return stages.error();
    inputs.stages = std::move(*stages);
    auto touchpoints = journeys.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    inputs.touchpoints = std::move(*touchpoints);
    storage::JourneyActivityRepository activity(m_ws.db());
    auto population = activity.population(*scope, kRiskLifecycles, warnings.healthWarningBelow);
    if (!population)
        return population.error();
    inputs.population = std::move(*population);
    auto interactions = activity.interactions(days);
    if (!interactions)
        return interactions.error();
    inputs.interactions = std::move(*interactions);
    auto surveys = activity.surveys(days);
    if (!surveys)
        return surveys.error();
    inputs.surveys = std::move(*surveys);
    auto tickets = activity.tickets(days);
    if (!tickets)
        return tickets.error();
    inputs.tickets = std::move(*tickets);

    JourneyMap map = computeJourneyMap(inputs);
    map.period = request.period.label();
    map.firstDay = days.firstDay;
    map.lastDay = days.lastDay;
    return map;
}

Result<std::vector<JourneyCardRow>>
JourneyService::behindCard(const JourneyRequest& request, std::int64_t touchpointId, int limit) {
    auto scope = scopeOf(request);
    if (!scope)
        return scope.error();
    auto rows = storage::JourneyActivityRepository(m_ws.db()).interactionsAt(
        touchpointId, request.period.days(m_ws.calendar()), *scope, limit);
    if (!rows)
        return rows.error();
    const bool masked = AccessPolicy::masksPersonalData(m_ws.session());
    std::vector<JourneyCardRow> out;
    out.reserve(rows->size());
    for (auto& r : *rows)
        out.push_back({r.interactionId, r.customerId, std::move(r.customerCode),
                       masked ? CustomerRules::initials(r.customerName) : std::move(r.customerName),
                       r.at, std::move(r.channel), std::move(r.kind), std::move(r.direction)});
    return out;
}

Result<CustomerJourney> JourneyService::customerJourney(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    storage::ReadSnapshot snapshot(m_ws.db());
    TESSERA_TRY(snapshot.status());
    storage::JourneyRepository journeys(m_ws.db());
    auto stages = journeys.stages();
    if (!stages)
        return stages.error();
    auto touchpoints = journeys.touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    auto points = storage::JourneyActivityRepository(m_ws.db()).customerPoints(customerId);
    if (!points)
        return points.error();

    // Stages the journey uses now, and retired ones only where this
    // customer's history names them.
    std::map<std::int64_t, const storage::TouchpointRecord*> touchpointById;
    for (const auto& t : *touchpoints)
        touchpointById[t.id] = &t;
    std::set<std::int64_t> named;
    for (const auto& p : *points)
        if (auto it = touchpointById.find(p.touchpointId); it != touchpointById.end())
            named.insert(it->second->stageId);
    CustomerJourney journey;
    std::map<std::int64_t, int> indexOfStage;
    for (const auto& s : *stages)
        if (!s.retiredAt || named.count(s.id)) {
            indexOfStage[s.id] = static_cast<int>(journey.stages.size());
            journey.stages.push_back(s.name);
        }
    for (const auto& p : *points) {
        CustomerJourneyPoint point{p.at, p.day, -1, {}, p.kind};
        if (auto it = touchpointById.find(p.touchpointId); it != touchpointById.end()) {
            point.touchpoint = it->second->name;
            point.stageIndex = indexOfStage.at(it->second->stageId);
            journey.currentStage = point.stageIndex;
        }
        journey.points.push_back(std::move(point));
    }
    return journey;
}

std::string JourneyService::populationLabel(const JourneyRequest& request,
                                            const std::string& ownerName,
                                            const std::string& teamName) {
    std::string label;
    auto add = [&](const char* key, const std::string& value) {
        label += (label.empty() ? "" : " ") + std::string(key) + "=" + value;
    };
    if (request.tier)
        add("tier", *request.tier);
    if (request.segment)
        add("segment", *request.segment);
    if (request.teamSupervisor)
        add("team", teamName);
    if (request.owner)
        add("owner", ownerName);
    return label;
}

} // namespace tessera::domain
