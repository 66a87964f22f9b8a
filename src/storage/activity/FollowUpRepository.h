#pragma once

// Follow-ups: a reminder to contact a customer by a due day, until done.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct FollowUpRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> ownerId; // who is to follow up
    std::int32_t dueDay = 0;
    std::optional<std::int64_t> doneAt; // ms; nullopt while open
    std::string note;
    std::optional<std::int64_t> createdAt; // ms
    std::optional<std::int64_t> createdBy;
};

// A follow-up with the names a list shows beside it.
struct FollowUpRow {
    FollowUpRecord record;
    std::string customerCode;
    std::string customerName;
    std::string customerKind;
    std::optional<std::int64_t> customerOwnerId;
    std::string assignee;            // username of ownerId
    std::string assigneeDisplayName; // display name of ownerId
};

struct FollowUpQuery {
    std::optional<std::vector<std::int64_t>> owners; // assigned to, or customers of; nullopt: all
    std::optional<std::int64_t> customerId;
    bool openOnly = true;
    std::optional<std::int32_t> dueBy; // due on or before this day
    int limit = -1;
};

class FollowUpRepository {
public:
    explicit FollowUpRepository(Database& db) : m_db(db) {}

    Result<std::int64_t> insert(const FollowUpRecord& followUp);
    // Marks the follow-up done at `doneAt` (ms); NotFound when it does not exist.
    Status markDone(std::int64_t id, std::int64_t doneAt);
    Status reschedule(std::int64_t id, std::int32_t dueDay);
    Result<std::optional<FollowUpRow>> find(std::int64_t id);
    // By due day, oldest first.
    Result<std::vector<FollowUpRow>> list(const FollowUpQuery& query);

private:
    Result<std::vector<FollowUpRow>> read(const std::string& condition);

    Database& m_db;
};

} // namespace tessera::storage
