#pragma once

// The audit rows an access review reads: the rows of chosen actions in a
// period, oldest first, streamed so a long log is never held in memory.
// Grouping into days happens above, in the database's calendar, because a
// day there need not be 24 hours or start at a UTC midnight.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

// One audit row as the review sees it (the text fields are valid only
// during the visit).
struct AccessEvent {
    std::int64_t at = 0; // ms since the epoch
    std::optional<std::int64_t> userId;
    std::string_view username;
    std::string_view action;
    std::string_view objectType;
    std::string_view objectId;
    std::string_view detail;
    std::string_view outcome;
};

class AccessReviewRepository {
public:
    explicit AccessReviewRepository(Database& db) : m_db(db) {}

    // Calls `visit` for every row whose action is one of `actions` with
    // fromMs <= at < toMs, in time order.
    Status forEachEvent(const std::vector<std::string>& actions, std::int64_t fromMs,
                        std::int64_t toMs, const std::function<void(const AccessEvent&)>& visit);

private:
    Database& m_db;
};

} // namespace tessera::storage
