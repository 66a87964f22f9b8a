#include "storage/sqlite/BulkLoadMode.h"

#include <string>
#include <utility>

namespace tessera::storage {

Result<BulkLoadMode> BulkLoadMode::enter(Database& db, const Options& options) {
    if (db.isServer()) // settings of SQLite's; the server's are its administrator's
        return BulkLoadMode(nullptr, 0, 0, 0);
    auto cacheSize = db.queryInt64("PRAGMA cache_size");
    if (!cacheSize)
        return cacheSize.error();
    auto tempStore = db.queryInt64("PRAGMA temp_store");
    if (!tempStore)
        return tempStore.error();
    auto foreignKeys = db.queryInt64("PRAGMA foreign_keys");
    if (!foreignKeys)
        return foreignKeys.error();
    // Constructed first, so a failure below puts back what was changed.
    BulkLoadMode mode(&db, *cacheSize, *tempStore, *foreignKeys);
    TESSERA_TRY(db.setCacheMebibytes(options.cacheMebibytes));
    TESSERA_TRY(db.exec("PRAGMA temp_store = MEMORY"));
    if (options.referencesCheckedByCaller)
        TESSERA_TRY(db.exec("PRAGMA foreign_keys = OFF"));
    if (options.rollbackJournal) {
        auto previous = setJournalMode(db, "delete");
        if (!previous)
            return previous.error();
        if (*previous != "delete")
            mode.m_journalMode = *previous;
    }
    return mode;
}

// Returns the mode the file was in, or `mode` when it is in that mode now or
// could not leave its own (another connection has the file open: SQLite
// answers busy and keeps the mode, which is safe, only slower).
Result<std::string> BulkLoadMode::setJournalMode(Database& db, const std::string& mode) {
    auto current = db.prepare("PRAGMA journal_mode");
    if (!current)
        return current.error();
    auto row = current->step();
    if (!row)
        return row.error();
    const std::string previous = *row ? current->text(0) : std::string();
    current->reset(); // a statement still on its row keeps a read transaction open
    if (previous == mode)
        return previous;
    auto set = db.prepare("PRAGMA journal_mode = " + mode);
    if (!set)
        return set.error();
    auto changed = set->step();
    if (!changed && changed.error().code == ErrorCode::Conflict)
        return mode;
    if (!changed)
        return changed.error();
    if (!*changed || set->text(0) != mode)
        return mode;
    return previous;
}

BulkLoadMode::BulkLoadMode(BulkLoadMode&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cacheSize(other.m_cacheSize),
      m_tempStore(other.m_tempStore), m_foreignKeys(other.m_foreignKeys),
      m_journalMode(std::move(other.m_journalMode)) {}

BulkLoadMode::~BulkLoadMode() {
    if (!m_db)
        return;
    (void)m_db->exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
    (void)m_db->exec("PRAGMA temp_store = " + std::to_string(m_tempStore));
    (void)m_db->exec("PRAGMA foreign_keys = " + std::to_string(m_foreignKeys));
    if (!m_journalMode.empty())
        (void)setJournalMode(*m_db, m_journalMode);
}

} // namespace tessera::storage
