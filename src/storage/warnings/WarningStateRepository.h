#pragma once

// What users did about warnings: acknowledged, snoozed until a day, or
// resolved, by whom and when. A warning is (customer, kind, first day).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct WarningStateRecord {
    std::int64_t customerId = 0;
    std::string kind; // warningKindKey
    std::int32_t sinceDay = 0;
    std::string state; // acknowledged | snoozed | resolved
    std::optional<std::int32_t> untilDay;
    std::optional<std::int64_t> userId;
    std::int64_t at = 0; // ms
};

class WarningStateRepository {
public:
    explicit WarningStateRepository(Database& db) : m_db(db) {}

    // Replaces what was recorded for the same warning.
    Status save(const WarningStateRecord& state);
    // Every state recorded (one customer's with `customerId`).
    Result<std::vector<WarningStateRecord>> states(std::optional<std::int64_t> customerId = {});

private:
    Database& m_db;
};

} // namespace tessera::storage
