#pragma once

// What every demo customer is generated against: the run's seed, the data
// window, the calendar, the account managers and the journey's touchpoints.
// Built once per run and only read afterwards, so customers can be generated
// on several threads.

#include "domain/workspace/Calendar.h"
#include "demo/activity/DemoSeasonality.h"
#include "storage/journeys/JourneyRepository.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

// The two teams of account managers: one for customers with Chinese names,
// one for international customers.
enum class DemoTeam { China, International };

struct DemoOwner {
    std::int64_t userId = 0;
    DemoTeam team = DemoTeam::China;
    double weight = 1; // share of the team's customers
};

struct DemoContext {
    static constexpr int kStages = 5;           // journey stages by position 1..5
    static constexpr int kEstablishedYears = 3; // how far back older customers were won

    std::uint64_t seed = 0;
    std::int32_t firstDay = 0;           // first day of the data window
    std::int32_t endDay = 0;             // last day of the data window
    std::int32_t earliestDay = 0;        // earliest acquisition day
    std::vector<std::int64_t> dayStarts; // ms at the start of earliestDay .. endDay + 1
    DemoSeasonality seasonality;
    std::array<std::vector<DemoOwner>, 2> teams; // by DemoTeam
    std::array<WeightedChoice, 2> teamChoice;
    std::array<std::vector<storage::TouchpointRecord>, kStages> touchpoints; // by stage position

    // Reads the start of every day from `calendar` once, because the time zone
    // lookup is too slow to repeat for millions of events.
    DemoContext(std::uint64_t seed, std::int32_t firstDay, std::int32_t endDay,
                const Calendar& calendar);

    std::int64_t startOfDay(std::int32_t day) const {
        return dayStarts[static_cast<std::size_t>(day - earliestDay)];
    }
    // The day an instant inside the calendar range falls on.
    std::int32_t dayOf(std::int64_t ms) const;
    // The first instant after the data window: nothing happens from then on.
    std::int64_t endInstant() const { return dayStarts.back(); }

    void addOwner(const DemoOwner& owner);
    // A touchpoint of stage `stage` (1..5), preferring one on `channel`; 0 when none.
    std::int64_t touchpointFor(int stage, const std::string& channel, SeededRandom& random) const;
};

} // namespace tessera::domain
