#pragma once

// The columns of customer_scores as one list, so every query that reads a
// customer's results (alone, with its run, or beside a customer's record)
// selects them in the same order and reads them with the same function.

#include "storage/scoring/ScoringRecords.h"
#include "storage/sqlite/Statement.h"

#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

// The column names, for an INSERT.
std::vector<std::string> scoreColumnNames();

// The column list for a SELECT; each name prefixed with "alias." when given.
std::string scoreColumns(std::string_view alias = {});

// Reads the columns of scoreColumns() starting at column `first`.
CustomerScoreRecord readScore(const Statement& s, int first = 0);

} // namespace tessera::storage
