#pragma once

// Journey maps computed from the CRM's own records (product.md capability 4,
// docs/journeys.md): the figures of a period for the customers the signed-in
// user may see (an account manager their portfolio, a supervisor their team,
// analysts and administrators everyone), optionally narrowed to a tier, an
// RFM segment, an owner or a team; what lies behind one card; and one
// customer's interactions placed on the stages.

#include "common/Result.h"
#include "domain/journeymaps/JourneyMap.h"
#include "domain/kpi/KpiService.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

namespace tessera::domain {

struct JourneyRequest {
    KpiPeriod period;
    std::optional<std::string> tier;
    std::optional<std::string> segment; // an RFM segment key ("champions")
    std::optional<std::int64_t> teamSupervisor;
    std::optional<std::int64_t> owner;
    int pathLimit = 10; // the most common paths kept
};

// One interaction behind a card.
struct JourneyCardRow {
    std::int64_t interactionId = 0;
    std::int64_t customerId = 0;
    std::string customerCode;
    std::string customerName; // masked for analysts
    std::int64_t at = 0;      // ms
    std::string channel;
    std::string kind;
    std::string direction;
};

// A customer's interactions on the stages, oldest first.
struct CustomerJourneyPoint {
    std::int64_t at = 0;
    std::int32_t day = 0;
    int stageIndex = -1; // into CustomerJourney::stages
    std::string touchpoint;
    std::string kind;
};

struct CustomerJourney {
    std::vector<std::string> stages; // the journey's stages in order (retired ones too
                                     // when the customer's history names them)
    std::vector<CustomerJourneyPoint> points;
    std::optional<int> currentStage; // the stage of the latest interaction placed
};

class JourneyService {
    Q_DECLARE_TR_FUNCTIONS(JourneyService)

public:
    explicit JourneyService(Workspace& workspace) : m_ws(workspace) {}

    Result<JourneyMap> compute(const JourneyRequest& request);

    // The interactions at touchpoint `touchpointId` in the period behind a
    // card of compute(request), newest first, at most `limit`.
    Result<std::vector<JourneyCardRow>> behindCard(const JourneyRequest& request,
                                                   std::int64_t touchpointId, int limit);

    Result<CustomerJourney> customerJourney(std::int64_t customerId);

    // "tier=Gold owner=am1": how a population is written in snapshots and exports.
    static std::string populationLabel(const JourneyRequest& request, const std::string& ownerName,
                                       const std::string& teamName);

private:
    Result<storage::KpiScope> scopeOf(const JourneyRequest& request);

    Workspace& m_ws;
};

} // namespace tessera::domain
