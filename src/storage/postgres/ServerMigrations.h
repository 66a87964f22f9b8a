#pragma once

// The PostgreSQL twin of the schema, embedded from
// resources/migrations/postgres/NNNN_name.sql. A file's number is the schema
// version it reaches, the same numbering as the SQLite file's: an empty server
// goes to the current version in one step, later changes come in pairs.

#include "storage/sqlite/Migrations.h"

#include <span>

namespace tessera::storage {

// In ascending version order.
std::span<const Migration> allServerMigrations();

int latestServerSchemaVersion();

} // namespace tessera::storage
