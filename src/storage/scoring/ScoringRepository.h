#pragma once

// Scoring profiles (versioned), scoring runs and the per-customer results.

#include "common/Result.h"
#include "storage/sqlite/BatchInserter.h"
#include "storage/sqlite/Database.h"
#include "storage/scoring/ScoringRecords.h"

#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace tessera::storage {

using ScoreWriter = BatchInserter<CustomerScoreRecord>;
Result<ScoreWriter> makeScoreWriter(Database& db);

// Completes a run row once its results are written.
Status updateRunDetails(Database& db, std::int64_t runId, std::int64_t finishedAt,
                        const std::string& details);

class ScoringRepository {
public:
    explicit ScoringRepository(Database& db) : m_db(db) {}

    // Stores `profile` as the next version and returns that version.
    Result<std::int64_t> insertProfile(const ProfileRecord& profile);
    Result<std::optional<ProfileRecord>> latestProfile();
    Result<std::optional<ProfileRecord>> profile(std::int64_t version);
    Result<std::vector<ProfileRecord>> profiles(int limit); // newest first

    Result<std::int64_t> insertRun(const ScoringRunRecord& run);
    Result<std::optional<ScoringRunRecord>> run(std::int64_t id);
    Result<std::optional<ScoringRunRecord>> latestRun();
    Result<std::vector<ScoringRunRecord>> runs(int limit); // newest first

    Result<std::optional<CustomerScoreRecord>> scoreOf(std::int64_t runId, std::int64_t customerId);
    // The run's scores of the given customers, by customer id.
    Result<std::unordered_map<std::int64_t, CustomerScoreRecord>>
    scoresOf(std::int64_t runId, std::span<const std::int64_t> customerIds);
    // The customer's result in every run, oldest first, with each run.
    Result<std::vector<std::pair<ScoringRunRecord, CustomerScoreRecord>>>
    historyOf(std::int64_t customerId);
    Status forEachScore(std::int64_t runId,
                        const std::function<void(const CustomerScoreRecord&)>& visit);
    // Customers scored in both runs whose tier differs.
    Result<std::vector<TierChangeRecord>> tierChanges(std::int64_t fromRun, std::int64_t toRun);

private:
    Database& m_db;
};

} // namespace tessera::storage
