#pragma once

// The five kinds of import and the fields each one understands.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

enum class ImportKind { Customers, Transactions, Interactions, Surveys, Tickets };

std::string_view importKindKey(ImportKind kind); // customers, transactions, ...
std::optional<ImportKind> importKindFromKey(std::string_view key);

struct ImportField {
    std::string key; // e.g. "amount", "personalised_2"
    bool required = false;
    std::vector<std::string> synonyms; // header names recognised without --map
};

// Every field of `kind`, required ones first.
const std::vector<ImportField>& importFields(ImportKind kind);

// The survey dimensions' field prefixes, in dimension order 1..5.
const std::vector<std::string>& surveyDimensionPrefixes();

} // namespace tessera::domain
