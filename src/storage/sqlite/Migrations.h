#pragma once

// The numbered schema migrations, embedded from resources/migrations/NNNN_name.sql.

#include <span>
#include <string_view>

namespace tessera::storage {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// In ascending version order, versions 1, 2, 3, ... without gaps.
std::span<const Migration> allMigrations();

int latestSchemaVersion();

} // namespace tessera::storage
