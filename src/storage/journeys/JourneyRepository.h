#pragma once

// Journey stages (ordered, editable, retired rather than deleted) and the
// touchpoints within them (ordered within their stage).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct JourneyStageRecord {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    std::optional<std::int64_t> retiredAt; // ms; nullopt while in use
};

struct TouchpointRecord {
    std::int64_t id = 0;
    std::int64_t stageId = 0;
    std::string name;
    std::string channel;
    int position = 0;
    std::optional<std::int64_t> retiredAt;
};

class JourneyRepository {
public:
    explicit JourneyRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insertStage(const JourneyStageRecord& stage);
    Result<std::int64_t> insertTouchpoint(const TouchpointRecord& touchpoint);
    // Every stage by position, retired ones included.
    Result<std::vector<JourneyStageRecord>> stages();
    // Every touchpoint by stage position, then its own position.
    Result<std::vector<TouchpointRecord>> touchpoints();

    Status renameStage(std::int64_t id, const std::string& name);
    Status renameTouchpoint(std::int64_t id, const std::string& name);
    // Writes positions 1..n in the order given (the caller's new order).
    Status reorderStages(const std::vector<std::int64_t>& ids);
    Status reorderTouchpoints(std::int64_t stageId, const std::vector<std::int64_t>& ids);
    Status moveTouchpointTo(std::int64_t id, std::int64_t stageId, int position);
    Status setStageRetired(std::int64_t id, std::optional<std::int64_t> retiredAt);
    Status setTouchpointRetired(std::int64_t id, std::optional<std::int64_t> retiredAt);

private:
    Status runWith(const char* sql, std::int64_t id, const std::optional<std::int64_t>& value);

    Database& m_db;
};

} // namespace tessera::storage
