#pragma once

// Interactions logged one at a time (by hand or from the CLI): add, read,
// edit, delete, list, and the counts the consent rules need. Bulk loading
// goes through ActivityWriters instead.

#include "common/Result.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/security/FieldCipher.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <vector>

namespace tessera::storage {

// An interaction with the names a list shows beside it.
struct InteractionRow {
    InteractionRecord record;
    std::string customerCode;
    std::optional<std::int64_t> customerOwnerId;
    std::string username; // who logged it ('' for imported rows)
    std::string touchpoint;
};

struct InteractionQuery {
    std::optional<std::int64_t> customerId;
    std::optional<std::vector<std::int64_t>> owners; // customers of these owners; nullopt: all
    int limit = 200;
};

class InteractionRepository {
public:
    InteractionRepository(Database& db, const FieldCipher& cipher) : m_db(db), m_cipher(cipher) {}

    Result<std::int64_t> insert(const InteractionRecord& interaction);
    Result<std::optional<InteractionRow>> find(std::int64_t id);
    // Rewrites what can be edited (everything but the customer and the importer).
    Status update(const InteractionRecord& interaction, std::int64_t updatedAt);
    // Puts back a deleted interaction with its id (undo of a delete).
    Status restore(const InteractionRecord& interaction);
    Status remove(std::int64_t id);
    // Newest first.
    Result<std::vector<InteractionRow>> list(const InteractionQuery& query);
    // Outbound interactions with the customer from `firstDay` to `lastDay`,
    // leaving out `exceptId` (the one being edited).
    Result<std::int64_t> outboundCount(std::int64_t customerId, std::int32_t firstDay,
                                       std::int32_t lastDay, std::int64_t exceptId = 0);

private:
    // Rows of the list's join under `condition` (WHERE ... ORDER BY ...).
    Result<std::vector<InteractionRow>> read(const std::string& condition);
    Status write(const std::string& sql, const InteractionRecord& r,
                 std::optional<std::int64_t> updatedAt);

    Database& m_db;
    const FieldCipher& m_cipher;
};

} // namespace tessera::storage
