#include "domain/journeymaps/JourneyMetrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace tessera::domain {
namespace {

// Where a touchpoint id lands on the map: stage index and touchpoint index.
struct Slot {
    int stage = -1;
    int touchpoint = -1;
};

struct TouchpointTally {
    std::int64_t volume = 0;
    std::int64_t reach = 0;
    std::int64_t complaints = 0;
    std::int64_t csatCount = 0;
    double csatSum = 0.0;
    std::int64_t npsCount = 0;
    double npsSum = 0.0;
    std::vector<std::int64_t> firstResponsesMs;
    std::int64_t lastCustomer = -1; // the last customer counted in reach
};

std::optional<double> median(std::vector<std::int64_t>& values) {
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double middle = static_cast<double>(values[n / 2]);
    return n % 2 == 1 ? middle : (static_cast<double>(values[n / 2 - 1]) + middle) / 2.0;
}

bool hasFigures(const TouchpointFigures& t) {
    return t.volume > 0 || t.responses > 0 || t.complaints > 0;
}

// A customer's stages in time order, repeats in a row once.
struct PathTally {
    std::int64_t customers = 0;
    std::int64_t atRisk = 0;
};

} // namespace

void rankPriorities(JourneyMap& map) {
    std::vector<TouchpointFigures*> ranked;
    for (auto& stage : map.stages)
        for (auto& t : stage.touchpoints) {
            t.rank.reset();
            if (t.priority)
                ranked.push_back(&t);
        }
    // Map order is the vector's order; stable_sort keeps it among full ties.
    constexpr double kTie = 1e-12;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const TouchpointFigures* a, const TouchpointFigures* b) {
                         if (std::abs(*a->priority - *b->priority) > kTie)
                             return *a->priority > *b->priority;
                         if (std::abs(*a->satisfaction - *b->satisfaction) > kTie)
                             return *a->satisfaction < *b->satisfaction;
                         return a->volume > b->volume;
                     });
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i)
        ranked[i]->rank = static_cast<int>(i) + 1;
}

JourneyMap computeJourneyMap(JourneyInputs& in) {
    JourneyMap map;
    map.customers = in.population.size;
    map.painPointRate = in.painPointRate;

    // Every stage and touchpoint first; the ones retired without figures
    // leave at the end.
    std::vector<Slot> slotById;
    std::vector<int> stageIndexById;
    auto grow = [](auto& v, std::int64_t id, auto fill) {
        if (static_cast<std::size_t>(id) >= v.size())
            v.resize(static_cast<std::size_t>(id) + 1, fill);
    };
    for (const auto& s : in.stages) {
        grow(stageIndexById, s.id, -1);
        stageIndexById[static_cast<std::size_t>(s.id)] = static_cast<int>(map.stages.size());
        map.stages.push_back({s.id, s.name, s.position, s.retiredAt.has_value(), 0, {}});
    }
    for (const auto& t : in.touchpoints) {
        if (t.stageId < 0 || static_cast<std::size_t>(t.stageId) >= stageIndexById.size() ||
            stageIndexById[static_cast<std::size_t>(t.stageId)] < 0)
            continue;
        const int stage = stageIndexById[static_cast<std::size_t>(t.stageId)];
        StageFigures& sf = map.stages[static_cast<std::size_t>(stage)];
        grow(slotById, t.id, Slot{});
        slotById[static_cast<std::size_t>(t.id)] = {stage, static_cast<int>(sf.touchpoints.size())};
        TouchpointFigures f;
        f.id = t.id;
        f.name = t.name;
        f.position = t.position;
        f.retired = t.retiredAt.has_value() || sf.retired;
        sf.touchpoints.push_back(std::move(f));
    }
    auto slotOf = [&](std::int64_t touchpointId) -> Slot {
        if (touchpointId <= 0 || static_cast<std::size_t>(touchpointId) >= slotById.size())
            return {};
        return slotById[static_cast<std::size_t>(touchpointId)];
    };
    std::vector<std::vector<TouchpointTally>> tallies(map.stages.size());
    for (std::size_t s = 0; s < map.stages.size(); ++s)
        tallies[s].resize(map.stages[s].touchpoints.size());
    auto tallyOf = [&](Slot slot) -> TouchpointTally& {
        return tallies[static_cast<std::size_t>(slot.stage)]
                      [static_cast<std::size_t>(slot.touchpoint)];
    };

    // Interactions, one customer at a time in time order: volume, reach,
    // complaints, the stages each customer reached and their path.
    auto& rows = in.interactions;
    std::erase_if(rows, [&](const auto& r) { return in.population.flag(r.customerId) == 0; });
    map.interactions = static_cast<std::int64_t>(rows.size());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return std::tie(a.customerId, a.at, a.id) < std::tie(b.customerId, b.at, b.id);
    });
    const std::size_t stageCount = map.stages.size();
    std::vector<std::int64_t> stageCustomers(stageCount, 0);
    std::vector<std::int64_t> reached(stageCount, 0);
    std::vector<std::int64_t> continued(stageCount, 0);
    std::map<std::vector<int>, PathTally> paths;
    std::vector<int> sequence;
    std::vector<int> firstPosition(stageCount, -1);
    std::vector<int> lastPosition(stageCount, -1);
    // Drop-offs run between stages in use; a retired one is skipped over.
    std::vector<int> nextActive(stageCount, -1);
    for (int s = static_cast<int>(stageCount) - 2; s >= 0; --s) {
        const auto after = static_cast<std::size_t>(s) + 1;
        nextActive[static_cast<std::size_t>(s)] =
            map.stages[after].retired ? nextActive[after] : static_cast<int>(after);
    }
    for (std::size_t begin = 0; begin < rows.size();) {
        const std::int64_t customer = rows[begin].customerId;
        std::size_t end = begin;
        sequence.clear();
        for (; end < rows.size() && rows[end].customerId == customer; ++end) {
            const Slot slot = slotOf(rows[end].touchpointId);
            if (slot.stage < 0)
                continue;
            TouchpointTally& t = tallyOf(slot);
            ++t.volume;
            if (rows[end].complaint)
                ++t.complaints;
            if (t.lastCustomer != customer) {
                t.lastCustomer = customer;
                ++t.reach;
            }
            if (sequence.empty() || sequence.back() != slot.stage)
                sequence.push_back(slot.stage);
        }
        begin = end;
        if (sequence.empty())
            continue;
        for (int p = 0; p < static_cast<int>(sequence.size()); ++p) {
            const auto s = static_cast<std::size_t>(sequence[static_cast<std::size_t>(p)]);
            if (firstPosition[s] < 0)
                firstPosition[s] = p;
            lastPosition[s] = p;
        }
        for (std::size_t s = 0; s < stageCount; ++s) {
            if (firstPosition[s] < 0)
                continue;
            ++stageCustomers[s];
            const int next = nextActive[s];
            if (next >= 0 && !map.stages[s].retired) {
                ++reached[s];
                if (lastPosition[static_cast<std::size_t>(next)] > firstPosition[s])
                    ++continued[s];
            }
        }
        for (int s : sequence)
            firstPosition[static_cast<std::size_t>(s)] = lastPosition[static_cast<std::size_t>(s)] =
                -1;
        PathTally& path = paths[sequence];
        ++path.customers;
        if (in.population.flag(customer) == 2)
            ++path.atRisk;
    }

    // A survey's or ticket's tally: none outside the population or the map.
    auto tallyFor = [&](std::int64_t customerId, std::int64_t touchpointId) -> TouchpointTally* {
        const Slot slot = slotOf(touchpointId);
        if (in.population.flag(customerId) == 0 || slot.stage < 0)
            return nullptr;
        return &tallyOf(slot);
    };
    for (const auto& r : in.surveys) {
        TouchpointTally* tally = tallyFor(r.customerId, r.touchpointId);
        if (!tally)
            continue;
        TouchpointTally& t = *tally;
        if (r.csat > 0) {
            ++t.csatCount;
            t.csatSum += r.csat;
        }
        if (r.nps >= 0) {
            ++t.npsCount;
            t.npsSum += r.nps;
        }
    }
    for (const auto& r : in.tickets) {
        TouchpointTally* t = tallyFor(r.customerId, r.touchpointId);
        if (!t)
            continue;
        ++t->complaints;
        if (r.firstResponseMs)
            t->firstResponsesMs.push_back(*r.firstResponseMs);
    }

    const double all = static_cast<double>(map.interactions);
    const double population = static_cast<double>(map.customers);
    for (std::size_t s = 0; s < stageCount; ++s) {
        StageFigures& stage = map.stages[s];
        stage.customers = stageCustomers[s];
        for (std::size_t i = 0; i < stage.touchpoints.size(); ++i) {
            TouchpointFigures& f = stage.touchpoints[i];
            TouchpointTally& t = tallies[s][i];
            f.volume = t.volume;
            f.volumeShare = all > 0 ? static_cast<double>(t.volume) / all : 0.0;
            if (population > 0)
                f.reach = static_cast<double>(t.reach) / population;
            f.responses = t.csatCount;
            if (t.csatCount > 0) {
                f.satisfaction = t.csatSum / static_cast<double>(t.csatCount);
                f.normalisedSatisfaction = (*f.satisfaction - 1.0) / 4.0;
                f.priority = (1.0 - *f.normalisedSatisfaction) * f.volumeShare;
            }
            if (t.npsCount > 0)
                f.nps = t.npsSum / static_cast<double>(t.npsCount);
            f.complaints = t.complaints;
            if (t.volume > 0)
                f.complaintRate = static_cast<double>(t.complaints) / static_cast<double>(t.volume);
            f.painPoint =
                f.complaintRate && t.complaints > 0 && *f.complaintRate >= in.painPointRate;
            if (auto ms = median(t.firstResponsesMs))
                f.firstResponseHours = *ms / 3'600'000.0;
        }
    }

    for (std::size_t s = 0; s < stageCount; ++s)
        if (!map.stages[s].retired && nextActive[s] >= 0)
            map.dropOffs.push_back({map.stages[s].name,
                                    map.stages[static_cast<std::size_t>(nextActive[s])].name,
                                    reached[s], continued[s]});

    std::vector<std::pair<std::vector<int>, PathTally>> ordered(paths.begin(), paths.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.customers > b.second.customers;
    });
    for (std::size_t i = 0; i < ordered.size() && static_cast<int>(i) < in.pathLimit; ++i) {
        JourneyPath path;
        for (int s : ordered[i].first)
            path.stages.push_back(map.stages[static_cast<std::size_t>(s)].name);
        path.customers = ordered[i].second.customers;
        path.atRisk = ordered[i].second.atRisk;
        map.paths.push_back(std::move(path));
    }

    // Retired stages and touchpoints stay only while they have figures.
    for (auto& stage : map.stages)
        std::erase_if(stage.touchpoints,
                      [](const TouchpointFigures& t) { return t.retired && !hasFigures(t); });
    std::erase_if(map.stages, [](const StageFigures& s) {
        return s.retired && s.customers == 0 && s.touchpoints.empty();
    });
    rankPriorities(map);
    return map;
}

const TouchpointFigures* JourneyMap::find(const std::string& stage, const std::string& name) const {
    for (const auto& s : stages)
        if (s.name == stage)
            for (const auto& t : s.touchpoints)
                if (t.name == name)
                    return &t;
    return nullptr;
}

} // namespace tessera::domain
