#include "storage/admin/SettingsRepository.h"

#include <charconv>
#include <exception>
#include <string>

namespace tessera::storage {

Result<std::optional<std::string>> SettingsRepository::get(const std::string& key) {
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    return stmt->first([](const Statement& s) { return s.text(0); });
}

Result<int> SettingsRepository::getInt(const std::string& key, int fallback) {
    auto stored = get(key);
    if (!stored)
        return stored.error();
    if (!*stored)
        return fallback;
    try {
        return std::stoi(**stored);
    } catch (const std::exception&) {
        return fallback;
    }
}

Status SettingsRepository::set(const std::string& key, const std::string& value) {
    auto stmt = m_db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<std::int64_t> SettingsRepository::reserveIds(const std::string& sequence,
                                                    std::int64_t count) {
    // Touching the row first holds it for this transaction on a team server,
    // so two sessions reserving at once take turns instead of both reading
    // the same next id (a file has one writer at a time anyway).
    auto hold = m_db.prepare("UPDATE settings SET value = value WHERE key = ?");
    if (!hold)
        return hold.error();
    hold->bind(1, sequence);
    TESSERA_TRY(hold->run());
    auto current = get(sequence);
    if (!current)
        return current.error();
    std::int64_t next = 1;
    if (*current) {
        const std::string& text = **current;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), next);
        if (ec != std::errc() || next < 1)
            return makeError(ErrorCode::Corrupt, "the id sequence '" + sequence + "' is damaged");
    }
    TESSERA_TRY(set(sequence, std::to_string(next + count)));
    return next;
}

} // namespace tessera::storage
