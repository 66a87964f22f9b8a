#pragma once

// Follow-ups: a reminder to contact a customer by a due day, until done.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

struct FollowUpRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> ownerId; // who is to follow up
    std::int32_t dueDay = 0;
    std::optional<std::int64_t> doneAt; // ms; nullopt while open
    std::string note;
};

class FollowUpRepository {
public:
    explicit FollowUpRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insert(const FollowUpRecord& followUp);
    // Marks the follow-up done at `doneAt` (ms); NotFound when it does not exist.
    Status markDone(std::int64_t id, std::int64_t doneAt);

private:
    Database& m_db;
};

} // namespace tessera::storage
