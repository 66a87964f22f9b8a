#pragma once

// The journey map's arithmetic (docs/journeys.md), apart from where the rows
// come from, so that tests can hand it a data set and check every figure:
// volume, share, reach, satisfaction, complaints, first response, priority
// and its top three, stage reach, drop-offs and paths.

#include "domain/journeymaps/JourneyMap.h"
#include "storage/journeys/JourneyActivityRepository.h"
#include "storage/journeys/JourneyRepository.h"

namespace tessera::domain {

struct JourneyInputs {
    std::vector<storage::JourneyStageRecord> stages;    // by position
    std::vector<storage::TouchpointRecord> touchpoints; // by stage, then position
    storage::JourneyPopulation population;
    std::vector<storage::JourneyInteractionRow> interactions; // any order
    std::vector<storage::JourneySurveyRow> surveys;
    std::vector<storage::JourneyTicketRow> tickets;
    double painPointRate = 0.10;
    int pathLimit = 10;
};

// Fills the map's figures (stages, touchpoints, drop-offs, paths, customers,
// interactions); the caller sets period, population and days. Consumes the
// inputs' rows (sorts them in place).
JourneyMap computeJourneyMap(JourneyInputs& inputs);

// Ranks 1..3 on the touchpoints with the highest priority: ties go to the
// lower satisfaction, then the larger volume, then journey order.
void rankPriorities(JourneyMap& map);

} // namespace tessera::domain
