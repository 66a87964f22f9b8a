#pragma once

// A tier report: how the customers a user may see spread over the tiers of
// one scoring run, what revenue, lifetime value and P(alive) each tier and
// each account manager's portfolio holds, and (against a second run) who was
// promoted or demoted. The customers are read once and held compactly
// (storage::TierReportRows, about 100 bytes each), then handed to a writer
// one at a time in report order.

#include "common/Result.h"
#include "scoring/Tier.h"
#include "storage/scoring/ScoringRecords.h"
#include "storage/scoring/TierReportRepository.h"

#include <QDateTime>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct TierReportRequest {
    std::optional<std::int64_t> runId;        // default: the newest run
    std::optional<std::int64_t> compareRunId; // none: no promotions and demotions
};

// Totals over a set of customers: a tier, an owner's portfolio, or everyone.
struct TierReportTotals {
    std::int64_t customers = 0;
    double revenue = 0;
    std::int64_t withClv = 0;
    double clvSum = 0;
    std::int64_t withPAlive = 0;
    double pAliveSum = 0;

    void add(const storage::TierGroupRecord& group);
    // Over the customers that have a value; nullopt when none has.
    std::optional<double> averageClv() const;
    std::optional<double> averagePAlive() const;
};

struct TierReportOwner {
    std::optional<std::int64_t> id; // nullopt: customers without an owner
    std::string name;
    TierReportTotals totals;
    std::array<std::int64_t, scoring::kTierCount> tierCustomers{};
};

// Tier in the compared run -> tier in the report's run.
struct TierMovements {
    // counts[from][to], both indexed Diamond (0) .. Bronze (4).
    std::array<std::array<std::int64_t, scoring::kTierCount>, scoring::kTierCount> counts{};
    std::int64_t notInComparedRun = 0; // scored in the report's run only

    std::int64_t promotions() const; // to a better tier
    std::int64_t demotions() const;
    std::int64_t unchanged() const;
};

// The report's customers, streamed in report order (best tier first, then by
// TierScore). `visit` returns false to stop early.
class TierReportCustomers {
public:
    enum class Which { All, Moved };
    using Visit = std::function<bool(const storage::TierReportRowRecord&)>;
    using Source = std::function<Status(Which, const Visit&)>;

    TierReportCustomers() = default;
    explicit TierReportCustomers(Source source) : m_source(std::move(source)) {}
    Status forEach(Which which, const Visit& visit) const {
        return m_source ? m_source(which, visit) : Status{};
    }

private:
    Source m_source;
};

enum class TierReportScope { Everyone, Team, Portfolio };

struct TierReport {
    storage::ScoringRunRecord run;
    std::optional<storage::ScoringRunRecord> compareRun;
    std::string generatedBy; // "Display Name (username)"
    QDateTime generatedAt;   // in the database's time zone
    TierReportScope scope = TierReportScope::Everyone;
    bool masked = false; // personal names reduced to initials
    // What is unsound about the run's lifetime-value fits, as sentences
    // (FitWarningText); empty when both fits are sound.
    QStringList lifetimeValueWarnings;

    std::array<TierReportTotals, scoring::kTierCount> tiers; // Diamond..Bronze
    TierReportTotals total;
    std::vector<TierReportOwner> owners;    // by name; customers without an owner last
    std::optional<TierMovements> movements; // with a compared run
    // Visited while the report is written; holds the rows it was built from.
    TierReportCustomers customers;

    // Shares of the report's whole (0..1; 0 when the whole is 0).
    double customerShare(const TierReportTotals& part) const;
    double revenueShare(const TierReportTotals& part) const;
};

} // namespace tessera::domain
