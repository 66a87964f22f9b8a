#include "demo/DemoContext.h"

#include <algorithm>

namespace tessera::domain {

DemoContext::DemoContext(std::uint64_t seedValue, std::int32_t first, std::int32_t end,
                         const Calendar& calendar)
    : seed(seedValue), firstDay(first), endDay(end), earliestDay(first - kEstablishedYears * 365),
      seasonality(earliestDay, end) {
    for (std::int32_t day = earliestDay; day <= endDay + 1; ++day)
        dayStarts.push_back(calendar.startOfDayMs(day));
}

std::int32_t DemoContext::dayOf(std::int64_t ms) const {
    const auto after = std::upper_bound(dayStarts.begin(), dayStarts.end(), ms);
    return earliestDay + static_cast<std::int32_t>(after - dayStarts.begin()) - 1;
}

void DemoContext::addOwner(const DemoOwner& owner) {
    auto& team = teams[static_cast<std::size_t>(owner.team)];
    team.push_back(owner);
    std::vector<double> weights;
    for (const DemoOwner& member : team)
        weights.push_back(member.weight);
    teamChoice[static_cast<std::size_t>(owner.team)] = WeightedChoice(weights);
}

std::int64_t DemoContext::touchpointFor(int stage, const std::string& channel,
                                        SeededRandom& random) const {
    if (stage < 1 || stage > kStages)
        return 0;
    const auto& candidates = touchpoints[static_cast<std::size_t>(stage - 1)];
    if (candidates.empty())
        return 0;
    for (const storage::TouchpointRecord& t : candidates)
        if (t.channel == channel)
            return t.id;
    return candidates[static_cast<std::size_t>(
                          random.below(static_cast<std::int64_t>(candidates.size())))]
        .id;
}

} // namespace tessera::domain
