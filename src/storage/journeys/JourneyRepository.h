#pragma once

// Journey stages (ordered, editable) and the touchpoints within them.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::storage {

struct JourneyStageRecord {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
};

struct TouchpointRecord {
    std::int64_t id = 0;
    std::int64_t stageId = 0;
    std::string name;
    std::string channel;
};

class JourneyRepository {
public:
    explicit JourneyRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insertStage(const JourneyStageRecord& stage);
    Result<std::int64_t> insertTouchpoint(const TouchpointRecord& touchpoint);
    Result<std::vector<JourneyStageRecord>> stages();
    Result<std::vector<TouchpointRecord>> touchpoints();

private:
    Database& m_db;
};

} // namespace tessera::storage
