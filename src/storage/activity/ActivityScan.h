#pragma once

// Streams the activity columns the scoring engine needs, in (customer, day)
// order, up to an as-of day. Plain values through callbacks: the storage
// layer knows nothing of what the scoring engine does with them.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <functional>
#include <string_view>
#include <vector>

namespace tessera::storage {

// Ids of the customers that are not archived, ascending.
Result<std::vector<std::int64_t>> activeCustomerIds(Database& db);

Status scanTransactions(Database& db, std::int32_t lastDay,
                        const std::function<void(std::int64_t customer, std::int32_t day,
                                                 std::int64_t amountCents)>& visit);
Status scanInteractions(Database& db, std::int32_t firstDay, std::int32_t lastDay,
                        const std::function<void(std::int64_t customer, std::int32_t day,
                                                 std::string_view kind)>& visit);
// One call per answered CRMV item (dimension 1..5).
Status scanSurveyAnswers(Database& db, std::int32_t firstDay, std::int32_t lastDay,
                         const std::function<void(std::int64_t customer, std::int32_t day,
                                                  int dimension, int value)>& visit);
// One call per likelihood-to-recommend answer (0..10).
Status scanRecommendAnswers(
    Database& db, std::int32_t firstDay, std::int32_t lastDay,
    const std::function<void(std::int64_t customer, std::int32_t day, int value)>& visit);

} // namespace tessera::storage
