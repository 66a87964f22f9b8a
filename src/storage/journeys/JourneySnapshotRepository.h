#pragma once

// Saved journey-map figures (journey_snapshots and its rows).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct JourneySnapshotRecord {
    std::int64_t id = 0;
    std::string name;
    std::string period;
    std::string population;
    std::int64_t customers = 0;
    std::optional<std::int64_t> createdBy;
    std::string createdByName; // read only
    std::int64_t createdAt = 0;
};

struct SnapshotTouchpointRecord {
    std::string stage;
    int stagePosition = 0;
    std::string touchpoint;
    int touchpointPosition = 0;
    std::int64_t volume = 0;
    double volumeShare = 0.0;
    std::optional<double> reach;
    std::int64_t responses = 0;
    std::optional<double> satisfaction;
    std::optional<double> nps;
    std::int64_t complaints = 0;
    std::optional<double> complaintRate;
    std::optional<double> firstResponseHours;
    std::optional<double> priority;
    std::optional<int> rank;
};

struct SnapshotPathRecord {
    int rank = 0;
    std::vector<std::string> stages;
    std::int64_t customers = 0;
    double churnShare = 0.0;
};

class JourneySnapshotRepository {
public:
    explicit JourneySnapshotRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insert(const JourneySnapshotRecord& snapshot,
                                const std::vector<SnapshotTouchpointRecord>& touchpoints,
                                const std::vector<SnapshotPathRecord>& paths);
    // Newest first.
    Result<std::vector<JourneySnapshotRecord>> list();
    Result<std::optional<JourneySnapshotRecord>> find(const std::string& name);
    // By stage position, then touchpoint position.
    Result<std::vector<SnapshotTouchpointRecord>> touchpoints(std::int64_t snapshotId);
    Result<std::vector<SnapshotPathRecord>> paths(std::int64_t snapshotId);
    Status remove(std::int64_t snapshotId);

private:
    Database& m_db;
};

} // namespace tessera::storage
