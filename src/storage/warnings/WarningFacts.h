#pragma once

// What the warning rules read from the database, as plain values: the storage
// layer finds the candidates in set-based queries, the domain decides which
// of them warn and says why.

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

// The customer a warning is about, with its owner.
struct WarningCustomer {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string kind; // company | person
    std::optional<std::int64_t> ownerId;
    std::string ownerUsername;
    std::string ownerDisplayName;
    std::int64_t createdAt = 0; // ms
};

// A customer without a purchase or an interaction since some day.
struct InactivityFact {
    WarningCustomer customer;
    std::optional<std::int32_t> lastActivityDay; // nullopt: none ever
};

// A customer contacted (outbound) more often than a limit within a window.
struct OverContactFact {
    WarningCustomer customer;
    std::int64_t contacts = 0;    // outbound contacts in the window
    std::int32_t crossingDay = 0; // the day of the first contact over the limit
};

// A scored customer and the day of our last outbound contact.
struct ContactGapFact {
    WarningCustomer customer;
    std::string tier;                            // in the scoring run asked for
    std::optional<std::int32_t> lastOutboundDay; // nullopt: never contacted
};

// A customer whose tier or RFMS changed between two runs.
struct ScoreChangeFact {
    WarningCustomer customer;
    std::string fromTier;
    std::string toTier;
    double fromRfms = 0;
    double toRfms = 0;
};

// A follow-up past its due day and not done.
struct OverdueFollowUpFact {
    WarningCustomer customer;
    std::int64_t followUpId = 0;
    std::int32_t dueDay = 0;
    std::string note;
};

// A ticket not resolved at the as-of instant, with what its service levels need.
struct OpenTicketFact {
    WarningCustomer customer;
    std::int64_t ticketId = 0;
    std::int64_t openedAt = 0; // ms
    std::string level;         // immediate | 24h | 72h
    std::optional<std::int64_t> firstResponseAt;
    std::optional<std::int64_t> resolvedAt;
    std::string subject;
};

// A customer whose health score is under a threshold.
struct LowHealthFact {
    WarningCustomer customer;
    int health = 0;
    std::int32_t sinceDay = 0; // the day the score last changed
};

} // namespace tessera::storage
