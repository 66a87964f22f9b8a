#pragma once

// What a merge of customer B into customer A is asked to do, and what it did.

#include "storage/merge/CustomerMergeRepository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

using storage::MergeField;

// B ("from") goes into A ("into"); every field keeps A's value unless it is
// listed in takeFromB. Tags are always the union of both.
struct MergePlan {
    std::int64_t intoId = 0;
    std::int64_t fromId = 0;
    std::vector<MergeField> takeFromB;
};

struct MergeOutcome {
    std::int64_t mergeId = 0;
    std::int64_t intoId = 0;
    std::int64_t fromId = 0;
    std::vector<storage::MergeTableCount> counts; // per table: rows moved and set aside
};

// Every field a merge chooses, in the order forms list them.
const std::vector<MergeField>& allMergeFields();
// Stable key for the command line and JSON ("name", "contact_frequency", "id_number").
const char* mergeFieldKey(MergeField field);

} // namespace tessera::domain
