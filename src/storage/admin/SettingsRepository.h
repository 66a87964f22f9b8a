#pragma once

// Database-wide settings as key/value text (time zone, sequences, creation info).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <optional>
#include <string>

namespace tessera::storage {

class SettingsRepository {
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<std::optional<std::string>> get(const std::string& key);
    // The setting as a whole number; `fallback` when it is absent or unreadable.
    Result<int> getInt(const std::string& key, int fallback);
    Status set(const std::string& key, const std::string& value);

    // Reserves `count` consecutive ids from the named sequence and returns the
    // first; the caller's transaction makes the reservation atomic.
    Result<std::int64_t> reserveIds(const std::string& sequence, std::int64_t count);

private:
    Database& m_db;
};

} // namespace tessera::storage
