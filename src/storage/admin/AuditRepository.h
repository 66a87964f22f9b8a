#pragma once

// The audit log: who did what, when, to which object, and whether it was allowed.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct AuditRecord {
    std::int64_t id = 0;
    std::int64_t at = 0; // ms since epoch
    std::optional<std::int64_t> userId;
    std::string username;
    std::string action;     // login, customer.read, customer.update, import, export, ...
    std::string objectType; // customer, user, import, ...
    std::string objectId;
    std::string detail;
    std::string outcome = "ok"; // ok | refused | failed
};

struct AuditFilter {
    std::optional<std::int64_t> userId;
    std::string action;
    std::string objectType;
    std::string objectId;
    std::optional<std::int64_t> from; // ms, inclusive
    std::optional<std::int64_t> to;   // ms, exclusive
    // Rows older than this id only: the next page of a newest-first list.
    std::optional<std::int64_t> beforeId;
    std::int64_t limit = 1000;
};

class AuditRepository {
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    // The newest successful row about `customerId` with one of `actions`:
    // who changed a customer last. On a team server, where only
    // administrators read the log, the server answers for customers the
    // caller may see (tessera_last_customer_change).
    Result<std::optional<AuditRecord>> lastCustomerChange(std::int64_t customerId,
                                                          const std::vector<std::string>& actions);

    Result<std::int64_t> append(const AuditRecord& record);
    Result<std::vector<AuditRecord>> list(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace tessera::storage
