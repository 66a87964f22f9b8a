#pragma once

// What every warning rule needs besides the database: the day the list is
// for, the profile's thresholds, whose customers to look at, and the scoring
// runs that were the newest on that day.

#include "domain/workspace/Calendar.h"
#include "scoring/ScoringParameters.h"
#include "storage/scoring/ScoringRecords.h"
#include "storage/warnings/WarningRepository.h"

#include <optional>

namespace tessera::domain {

struct WarningInputs {
    std::int32_t asOfDay = 0;
    scoring::WarningThresholds thresholds;
    storage::OwnerScope owners;
    std::optional<storage::ScoringRunRecord> newestRun;   // as of asOfDay
    std::optional<storage::ScoringRunRecord> previousRun; // the run before it
    Calendar calendar;                                    // for the days customers were added
    bool masksPersonalData = false;
    // The instant ticket service levels are judged at: now when the list is
    // for today, else the end of the as-of day.
    std::int64_t asOfMs = 0;
    // A second connection in the same read snapshot, for a rule to split its
    // scan over two threads (nullptr: one connection only).
    storage::Database* secondReader = nullptr;

    std::int32_t createdDay(const storage::WarningCustomer& customer) const {
        return calendar.dayOf(customer.createdAt);
    }
};

} // namespace tessera::domain
