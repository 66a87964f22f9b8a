#pragma once

// The counts behind every KPI (docs/kpis.md), one set-based query per
// family, each grouped as KpiQuery asks. The domain turns counts into rates,
// means and intervals; nothing here decides what a KPI means beyond which
// rows it counts.

#include "common/Result.h"
#include "storage/kpi/KpiQuery.h"
#include "storage/sqlite/Database.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace tessera::storage {

struct SurveyCounts {
    std::string key;
    std::int64_t responses = 0;
    std::int64_t promoters = 0; // NPS 9-10
    std::int64_t passives = 0;  // NPS 7-8
    std::int64_t detractors = 0;
    std::int64_t csatResponses = 0;
    std::int64_t csatSatisfied = 0; // CSAT 4-5
    std::int64_t cesResponses = 0;
    double cesSum = 0.0;
};

// Mean of one CRMV dimension: each response's mean over its items, averaged.
struct DimensionMean {
    std::string key;
    int dimension = 1;
    std::int64_t responses = 0;
    double mean = 0.0;
};

struct PurchaseCounts {
    std::string key;
    std::int64_t previousBuyers = 0; // bought in the period before
    std::int64_t retained = 0;       // ... and again in this one
    std::int64_t buyers = 0;         // bought in this period
    std::int64_t repeatBuyers = 0;   // ... on two days or more
    std::int64_t prospects = 0;      // had not bought before the period
    std::int64_t converted = 0;      // ... and bought for the first time in it
    std::int64_t revenueCents = 0;   // refunds (negative amounts) subtracted
};

struct ValueTotals {
    std::string key;
    std::int64_t customers = 0; // with a CLV in the scoring run
    double clvSum = 0.0;
};

struct ServiceCounts {
    std::string key;
    std::int64_t tickets = 0;
    std::int64_t complaints = 0;
    std::int64_t resolved = 0;
    std::vector<std::int64_t> firstResponseMs; // ascending
};

// One answered item, for Cronbach's alpha.
struct ItemAnswer {
    std::int64_t responseId = 0;
    int dimension = 1;
    int item = 1;
    int value = 0;
};

// One response with NPS, for the key drivers: the dimension means (NaN when
// unanswered) and CES (NaN when missing).
struct DriverRow {
    std::int64_t responseId = 0;
    double nps = 0.0;
    double ces = 0.0;
    std::array<double, 5> dimensions{};
};

class KpiRepository {
public:
    explicit KpiRepository(Database& db) : m_db(db) {}

    Result<std::vector<SurveyCounts>> surveys(const KpiDays& days, const KpiScope& scope,
                                              KpiGrouping grouping);
    Result<std::vector<DimensionMean>> dimensions(const KpiDays& days, const KpiScope& scope,
                                                  KpiGrouping grouping);
    // Purchases have no touchpoint: grouping by touchpoint returns nothing.
    // `previous` is the period just before `days`, of the same length.
    Result<std::vector<PurchaseCounts>> purchases(const KpiDays& days, const KpiDays& previous,
                                                  const KpiScope& scope, KpiGrouping grouping);
    Result<std::vector<ValueTotals>> values(const KpiScope& scope, KpiGrouping grouping);
    Result<std::vector<ServiceCounts>> service(const KpiDays& days, const KpiScope& scope,
                                               KpiGrouping grouping);
    Result<std::vector<ItemAnswer>> answers(const KpiDays& days, const KpiScope& scope);
    Result<std::vector<DriverRow>> drivers(const KpiDays& days, const KpiScope& scope);

    // The customers behind a figure: those in scope and in group `key` who
    // responded to a survey (surveys), bought (purchases) or opened a ticket
    // (service) in the period, at most `limit`, by id.
    enum class Source { Surveys, Purchases, Service };
    Result<std::vector<std::int64_t>> customersBehind(Source source, const KpiDays& days,
                                                      const KpiScope& scope, KpiGrouping grouping,
                                                      const std::string& key, int limit);

    // Survey counts per day of the period, for trends: the domain buckets
    // the days into months or quarters.
    Result<std::vector<std::pair<std::int32_t, SurveyCounts>>> surveysByDay(const KpiDays& days,
                                                                            const KpiScope& scope);
    // The last day anyone in scope answered a survey, if anyone did.
    Result<std::optional<std::int32_t>> latestSurveyDay(const KpiScope& scope);

    // The latest scoring run, if any.
    Result<std::optional<std::int64_t>> latestRun();

private:
    Database& m_db;
};

} // namespace tessera::storage
