#pragma once

// The administrators' access review: reads of personal data per user and
// day, from the audit log, with the days that need a look flagged: bulk
// reads above the profile's threshold, access outside working hours or on
// a weekend, and refused attempts. Days are days in the database's zone.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "scoring/ScoringParameters.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

// One user's access to personal data on one day.
struct AccessDay {
    std::int32_t day = 0;
    std::optional<std::int64_t> userId;
    std::string username;
    std::int64_t reads = 0;        // records read: customers opened plus rows exported
    std::int64_t opened = 0;       // single records read (opened unmasked, person exports)
    std::int64_t customers = 0;    // distinct customers among those
    std::int64_t exports = 0;      // exports of many records (portfolio CSV, tier report)
    std::int64_t exportedRows = 0; // records in those exports
    std::int64_t refused = 0;      // refused attempts
    std::int64_t outOfHours = 0;   // reads and attempts before or after working hours
    std::int64_t firstAt = 0;      // ms: the day's first read or attempt
    std::int64_t lastAt = 0;       // ... and its last
    bool bulk = false;             // reads above the bulk threshold
    bool weekend = false;          // the day is a Saturday or Sunday

    bool flagged() const { return bulk || outOfHours > 0 || weekend || refused > 0; }
    // "bulk", "out_of_hours", "weekend", "refused": the stable keys of the flags.
    std::vector<std::string> flags() const;
};

struct AccessReview {
    std::int32_t firstDay = 0; // inclusive
    std::int32_t lastDay = 0;  // inclusive
    std::int64_t profileVersion = 0;
    scoring::GovernanceSettings settings;
    std::vector<AccessDay> days; // by day, then user name

    std::int64_t totalReads() const;
    std::int64_t flaggedDays() const;
};

class AccessReviewService {
    Q_DECLARE_TR_FUNCTIONS(AccessReviewService)

public:
    // The longest period one review covers: a year and a bit, so a yearly
    // review fits and a typo in a year cannot scan the whole log.
    static constexpr std::int32_t kMaxDays = 400;

    explicit AccessReviewService(Workspace& workspace) : m_ws(workspace) {}

    // Administrators only (refusals audited); the review is audited itself.
    Result<AccessReview> review(std::int32_t firstDay, std::int32_t lastDay);

    // A flag's key as the user reads it.
    static QString flagLabel(const std::string& key);

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
