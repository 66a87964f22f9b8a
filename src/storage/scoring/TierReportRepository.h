#pragma once

// What a tier report reads from one scoring run (and optionally a second run
// to compare with): its customers with their results and their tier in the
// other run, read once into TierReportRows, which groups them by tier, tier in
// the other run and owner, and lists them in report order. The storage layer
// counts and sums; what the numbers mean is the domain's.

#include "common/Result.h"
#include "storage/scoring/ScoringRecords.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

class TierReportRows;

struct TierReportScope {
    std::int64_t runId = 0;
    std::optional<std::int64_t> compareRunId;
    // Owners whose customers count; nullopt means every customer. Set by the
    // domain from the caller's role.
    std::optional<std::vector<std::int64_t>> visibleOwners;
};

// The customers of one (tier, tier in the compared run, owner) combination.
struct TierGroupRecord {
    std::string tier;
    std::optional<std::string> previousTier; // nullopt: not scored in the compared run
    std::optional<std::int64_t> ownerId;
    std::string ownerName;
    std::int64_t customers = 0;
    double monetarySum = 0;
    std::int64_t withClv = 0;
    double clvSum = 0;
    std::int64_t withPAlive = 0;
    double pAliveSum = 0;
};

// One customer of the run with their results and their tier in the compared run.
struct TierReportRowRecord {
    std::int64_t customerId = 0;
    std::string code;
    std::string name;
    std::string kind; // company | person
    std::optional<std::int64_t> ownerId;
    std::string ownerName;
    CustomerScoreRecord score;
    std::optional<std::string> previousTier;
    std::optional<double> previousRfms;
};

class TierReportRepository {
public:
    explicit TierReportRepository(Database& db) : m_db(db) {}

    // Every row of the scope read in one pass and sorted in report order: the
    // groups and both row lists of a whole report without three sorting queries.
    Result<std::shared_ptr<TierReportRows>> readRows(const TierReportScope& scope);

private:
    Database& m_db;
};

} // namespace tessera::storage
