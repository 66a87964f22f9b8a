#pragma once

// Scoring profiles, runs and per-customer results as stored. The storage
// layer keeps them as data; what they mean is the domain's and the engine's.

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

struct ProfileRecord {
    std::int64_t version = 0;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> authorId;
    std::string authorName;
    std::string reason;
    std::string body; // JSON
};

struct ScoringRunRecord {
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::int64_t finishedAt = 0;
    std::optional<std::int64_t> userId;
    std::int32_t asOfDay = 0;
    std::optional<std::int32_t> windowDays; // nullopt: all history
    std::int64_t profileVersion = 0;
    std::int64_t customers = 0;
    std::string details; // JSON
};

struct CustomerScoreRecord {
    std::int64_t runId = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> recencyDays;
    std::int64_t frequency = 0;
    double monetary = 0;
    double social = 0;
    int scoreR = 1, scoreF = 1, scoreM = 1, scoreS = 1;
    double rfms = 0;
    std::string segment;
    int cluster = 0;
    std::optional<double> q[5];
    std::optional<double> y;
    std::optional<double> crmv;
    std::string weightRule;
    double tierScore = 0;
    std::string tier;
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases;
    std::optional<double> expectedValue;
    std::optional<double> clv;
};

// A customer whose tier changed between two runs.
struct TierChangeRecord {
    std::int64_t customerId = 0;
    std::string code;
    std::string name;
    std::string kind; // company | person
    std::string fromTier;
    std::string toTier;
    double fromRfms = 0;
    double toRfms = 0;
};

} // namespace tessera::storage
