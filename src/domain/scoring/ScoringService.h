#pragma once

// Scoring runs: read the population, score it with the engine (RFM-S, CRMV,
// tiers, lifetime value and P(alive)), and store every customer's results
// with the run's parameters in one transaction. Also tier history and the
// promotions and demotions between two runs.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/scoring/ScoringRunDetails.h"
#include "domain/workspace/Workspace.h"
#include "scoring/clv/LifetimeValue.h"
#include "scoring/ScoringParameters.h"
#include "storage/scoring/ScoringRecords.h"

#include <QCoreApplication>
#include <array>
#include <optional>
#include <vector>

namespace tessera::domain {

struct ScoringRequest {
    std::optional<std::int32_t> asOfDay;           // default: today
    std::optional<scoring::WindowSettings> window; // default: the profile's
    std::optional<std::int64_t> profileVersion;    // default: the newest
};

struct ScoringRunSummary {
    storage::ScoringRunRecord run;
    ScoringRunDetails details;
    std::array<std::int64_t, 5> tierCounts{}; // Diamond..Bronze
    std::int64_t withCrmv = 0;
    std::int64_t durationMs = 0;
};

struct LifetimeValueFit {
    std::int32_t calibrationEndDay = 0;
    scoring::ClvSettings settings;
    std::int64_t customersWithPurchases = 0;
    scoring::BgNbdFit bgNbd;
    scoring::GammaGammaFit gammaGamma;
    double meanExpectedPurchases = 0; // over the horizon, per customer
    double totalClv = 0;
};

struct CustomerScoreHistoryEntry {
    storage::ScoringRunRecord run;
    storage::CustomerScoreRecord score;
};

class ScoringService {
    Q_DECLARE_TR_FUNCTIONS(ScoringService)

public:
    explicit ScoringService(Workspace& workspace) : m_ws(workspace) {}

    Result<ScoringRunSummary> run(const ScoringRequest& request, const JobControl& job = {});

    // Fits BG/NBD and Gamma-Gamma on the purchases up to the calibration end.
    Result<LifetimeValueFit> fitLifetimeValue(std::int32_t calibrationEndDay,
                                              const scoring::ClvSettings& settings);

    Result<std::optional<storage::ScoringRunRecord>> latestRun();
    Result<std::vector<storage::ScoringRunRecord>> runs(int limit = 50);
    // One run by its number; NotFound when there is no such run.
    Result<storage::ScoringRunRecord> findRun(std::int64_t runId);
    // The run with its tier counts (reads every result of the run).
    Result<ScoringRunSummary> summary(std::int64_t runId);
    // What the run stored to explain its results, without reading them: cheap
    // enough for every customer a user opens.
    Result<ScoringRunDetails> runDetails(std::int64_t runId);

    // The customer's results in the newest run (nullopt: never scored).
    Result<std::optional<CustomerScoreHistoryEntry>> latestScores(std::int64_t customerId);
    // Every run's results for the customer, oldest first: the tier history.
    Result<std::vector<CustomerScoreHistoryEntry>> history(std::int64_t customerId);
    // Customers the caller may see whose tier changed from one run to the other.
    Result<std::vector<storage::TierChangeRecord>> tierChanges(std::int64_t fromRun,
                                                               std::int64_t toRun);

private:
    Result<storage::ScoringRunRecord> existingRun(std::int64_t runId);

    Workspace& m_ws;
};

} // namespace tessera::domain
