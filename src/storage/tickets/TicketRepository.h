#pragma once

// Service tickets one at a time: open, read, change, and the lists with each
// ticket's owner (the assignee, or else the customer's account manager) and
// that owner's supervisor, who receives escalations.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct TicketRow {
    TicketRecord record;
    std::optional<std::int64_t> interactionId; // the complaint it was opened from
    std::optional<std::int64_t> reopenedAt;
    std::string customerCode;
    std::string customerName;
    std::string customerKind;
    std::optional<std::int64_t> customerOwnerId;
    std::string assignee; // username, '' when unassigned
    std::optional<std::int64_t> ownerId;
    std::string owner;
    std::string ownerName;                    // display name
    std::optional<std::int64_t> supervisorId; // the owner's supervisor
    std::string supervisor;
};

struct TicketQuery {
    std::optional<std::int64_t> customerId;
    std::optional<std::vector<std::int64_t>> owners; // customers of these owners; nullopt: all
    bool unresolvedOnly = false;                     // open or assigned
    std::optional<std::int64_t> openedBefore;        // ms: opened at or before
    int limit = -1;
};

class TicketRepository {
public:
    TicketRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::int64_t> insert(const TicketRecord& ticket,
                                std::optional<std::int64_t> interactionId,
                                std::optional<std::int64_t> createdBy,
                                std::optional<std::int64_t> importId = std::nullopt);
    Result<std::optional<TicketRow>> find(std::int64_t id);
    // Writes status, assignee and the response, resolution, closing and reopening times.
    Status updateProgress(const TicketRow& ticket);
    // Oldest first.
    Result<std::vector<TicketRow>> list(const TicketQuery& query);

private:
    Result<std::vector<TicketRow>> read(const std::string& condition);

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
