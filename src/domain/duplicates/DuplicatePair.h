#pragma once

// Two customers that look like one client, with the score and the reasons
// (domain/duplicates/DuplicateScoring). `first` is the older record (the
// lower id), the natural survivor of a merge.

#include "domain/duplicates/DuplicateScoring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct DuplicateSide {
    std::int64_t id = 0;
    std::string code;
    std::string name; // a person's name reduced to initials for analysts
    std::string kind; // company | person
    std::optional<std::int64_t> ownerId;
    std::string ownerName;
};

struct DuplicatePair {
    DuplicateSide first;
    DuplicateSide second;
    double score = 0.0;
    std::vector<DuplicateReason> reasons; // strongest first
};

struct DuplicateRequest {
    double minScore = DuplicateScoring::kDefaultThreshold;
    std::optional<std::size_t> limit; // the best `limit` pairs; all when unset
};

struct DuplicateList {
    std::vector<DuplicatePair> pairs; // best first
    std::int64_t total = 0;           // pairs at or above minScore, before the limit
    bool masked = false;              // person names reduced to initials
};

} // namespace tessera::domain
