#pragma once

// The KPIs of one group (or of everyone in scope) over one period, computed
// from the counts the storage layer returns (docs/kpis.md defines each).
// Rates are fractions from 0 to 1, NPS runs from -100 to 100, and a figure
// with nothing to measure (no respondent, no buyer) is NaN, never 0.

#include "scoring/kpi/ProportionEstimates.h"
#include "storage/kpi/KpiRepository.h"

#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct KpiFigures {
    std::string key; // the group ('' for everyone in scope)
    std::int64_t responses = 0;
    scoring::Estimate nps;  // points
    scoring::Estimate csat; // share of 4-5
    double ces = kNaN;
    std::array<double, 5> dimensions{kNaN, kNaN, kNaN, kNaN, kNaN};
    bool hasPurchases = true; // false for touchpoints, which purchases do not have
    storage::PurchaseCounts purchases;
    double retentionRate = kNaN;
    double churnRate = kNaN;
    double repurchaseRate = kNaN;
    double conversionRate = kNaN;
    double revenueShare = kNaN; // of everyone in scope
    std::int64_t clvCustomers = 0;
    double clvTotal = kNaN;
    double clvMean = kNaN;
    std::int64_t tickets = 0;
    std::int64_t complaints = 0;
    double firstResponseHoursMedian = kNaN;
    double resolutionRate = kNaN;

    double revenue() const { return static_cast<double>(purchases.revenueCents) / 100.0; }
};

// The raw counts of one group, as they are added up into figures.
struct KpiCounts {
    std::string key;
    storage::SurveyCounts surveys;
    std::array<std::int64_t, 5> dimensionResponses{};
    std::array<double, 5> dimensionSums{}; // mean x responses, so groups add up
    std::optional<storage::PurchaseCounts> purchases;
    std::optional<storage::ValueTotals> values;
    storage::ServiceCounts service;

    void add(const KpiCounts& other);
    KpiFigures figures() const;
};

// What a KPI measures in: its targets' range and how it is written follow from it.
enum class KpiUnit {
    Points, // NPS, -100..100
    Share,  // 0..1, written as a percentage
    Scale,  // a mean on 1..7 (CES, the CRMV dimensions)
    Count,
    Money,
    Hours,
};

// What a KPI is called in targets, alerts and JSON, which way is better, and its unit.
struct KpiKey {
    const char* key;
    bool higherIsBetter;
    KpiUnit unit;
};
const std::vector<KpiKey>& kpiKeys();
std::optional<KpiKey> kpiKeyOf(std::string_view key);
// The unit of a KPI, or of the counts the dashboards show beside them
// (responses, tickets); Count for an unknown key.
KpiUnit kpiUnitOf(std::string_view key);
// The figure `key` names; NaN when unknown or unmeasured.
double kpiValue(const KpiFigures& figures, std::string_view key);
// The dimensions' keys in order: personalised, emotional, rights, value, ease.
const std::array<const char*, 5>& dimensionKeys();

} // namespace tessera::domain
