#pragma once

// The rows a journey map is computed from: the population (who is in it and
// who is churned or at risk now), and a period's interactions, survey
// responses and tickets, reduced to the columns the figures need. The domain
// (domain/journeys/JourneyMetrics) turns them into figures; nothing here
// decides what a figure means.

#include "common/Result.h"
#include "storage/kpi/KpiQuery.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

// Customers by id: 0 not in the population, 1 in it, 2 in it and churned or
// at churn risk now. Dense, since customer ids are.
struct JourneyPopulation {
    std::vector<std::uint8_t> flags;
    std::int64_t size = 0;

    std::uint8_t flag(std::int64_t customerId) const {
        return customerId >= 0 && static_cast<std::size_t>(customerId) < flags.size()
                   ? flags[static_cast<std::size_t>(customerId)]
                   : 0;
    }
};

struct JourneyInteractionRow {
    std::int64_t customerId = 0;
    std::int64_t at = 0;
    std::int64_t id = 0;
    std::int64_t touchpointId = 0; // 0: none
    bool complaint = false;
};

struct JourneySurveyRow {
    std::int64_t customerId = 0;
    std::int64_t touchpointId = 0;
    int csat = 0; // 0: not answered
    int nps = -1; // -1: not answered
};

struct JourneyTicketRow {
    std::int64_t customerId = 0;
    std::int64_t touchpointId = 0;
    std::optional<std::int64_t> firstResponseMs; // after opening
};

struct JourneyCardInteraction {
    std::int64_t interactionId = 0;
    std::int64_t customerId = 0;
    std::string customerCode;
    std::string customerName;
    std::int64_t at = 0;
    std::string channel;
    std::string kind;
    std::string direction;
};

struct CustomerStagePoint {
    std::int64_t at = 0;
    std::int32_t day = 0;
    std::int64_t touchpointId = 0; // 0: none
    std::string kind;
};

class JourneyActivityRepository {
public:
    explicit JourneyActivityRepository(Database& db) : m_db(db) {}

    // `riskLifecycles` and `healthBelow` say who is churned or at risk: a
    // lifecycle stage in the list, or a health score under the number.
    Result<JourneyPopulation> population(const KpiScope& scope,
                                         const std::vector<std::string>& riskLifecycles,
                                         int healthBelow);
    // Every customer's interactions, survey responses with a touchpoint and
    // tickets with one (opened) in the period: the caller keeps those of the
    // population. One scan of a covering index costs less than narrowing it
    // to a portfolio in SQL, even for one account manager's.
    Result<std::vector<JourneyInteractionRow>> interactions(const KpiDays& days);
    Result<std::vector<JourneySurveyRow>> surveys(const KpiDays& days);
    Result<std::vector<JourneyTicketRow>> tickets(const KpiDays& days);

    // The interactions at one touchpoint behind a map card, newest first.
    Result<std::vector<JourneyCardInteraction>> interactionsAt(std::int64_t touchpointId,
                                                               const KpiDays& days,
                                                               const KpiScope& scope, int limit);

    // Every interaction of one customer, oldest first.
    Result<std::vector<CustomerStagePoint>> customerPoints(std::int64_t customerId);

private:
    Database& m_db;
};

} // namespace tessera::storage
