#pragma once

// KPI targets: one value per KPI and period, with who set it and when.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tessera::storage {

struct KpiTarget {
    std::string kpi;
    std::string period; // "2026Q3", "2026-10", "2026"
    double value = 0.0;
    std::optional<std::int64_t> userId;
    std::string username; // as read back
    std::int64_t at = 0;
};

class TargetRepository {
public:
    explicit TargetRepository(Database& db) : m_db(db) {}

    // Sets or replaces the target of (kpi, period).
    Status set(const KpiTarget& target);
    // Every target, or those of one period; by period, then KPI.
    Result<std::vector<KpiTarget>> list(const std::optional<std::string>& period);

private:
    Database& m_db;
};

} // namespace tessera::storage
