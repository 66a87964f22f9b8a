#pragma once

// The SQL of erasing a person's personal data (issue 14): the customer row
// pseudonymised, contacts deleted, every free-text column of the rows that
// hang off the customer cleared, merge journals holding the person deleted,
// and the erasure registered. Anonymous facts (transactions, scores, the
// kinds and days of interactions, tickets and surveys) stay.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct ErasureRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> erasedBy;
    std::int64_t erasedAt = 0; // ms
    std::string reason;
};

struct ErasureRequest {
    std::int64_t customerId = 0;
    std::string pseudonym; // the customer's new name
    std::optional<std::int64_t> erasedBy;
    std::int64_t erasedAt = 0;
    std::string reason;
};

// Sets PRAGMA secure_delete on the connection while it lives, so SQLite
// overwrites deleted and replaced content with zeros instead of leaving it in
// free space. Set outside a transaction.
class SecureDeleteScope {
public:
    explicit SecureDeleteScope(Database& db);
    ~SecureDeleteScope();
    SecureDeleteScope(const SecureDeleteScope&) = delete;
    SecureDeleteScope& operator=(const SecureDeleteScope&) = delete;
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    std::int64_t m_previous = 0;
    Status m_status;
};

class ErasureRepository {
public:
    explicit ErasureRepository(Database& db) : m_db(db) {}

    Result<std::optional<ErasureRecord>> findForCustomer(std::int64_t customerId);
    Result<std::vector<ErasureRecord>> all(); // oldest first

    // Clears the customer's personal data and records the erasure; returns
    // the erasures row's id. The caller owns the transaction.
    Result<std::int64_t> erase(const ErasureRequest& request);

    // After the erasure's commit: rebuilds the file (VACUUM) so no copy of an
    // erased value survives in free pages or in the unused space of live
    // pages (older versions of a row, written before secure delete was on),
    // then checkpoints and truncates the WAL. Returns false when a reader on
    // another connection kept the WAL from being truncated (its old frames
    // are overwritten by later writes, and removed when the last connection
    // closes).
    Result<bool> scrubFile();

    // How many of `customerIds` the database file at `path` (a backup) still
    // holds with personal data: a name other than `pseudonymPrefix` + id, or
    // any personal column set. Opens the file read-only and unchanged.
    static Result<std::int64_t> countHeldIn(const std::string& path,
                                            const std::vector<std::int64_t>& customerIds,
                                            const std::string& pseudonymPrefix);

private:
    Database& m_db;
};

} // namespace tessera::storage
