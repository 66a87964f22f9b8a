#include "storage/sqlite/BulkLoadMode.h"

#include <string>
#include <utility>

namespace tessera::storage {

Result<BulkLoadMode> BulkLoadMode::enter(Database& db, const Options& options) {
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
    BulkLoadMode mode(db, *cacheSize, *tempStore, *foreignKeys);
    TESSERA_TRY(db.setCacheMebibytes(options.cacheMebibytes));
    TESSERA_TRY(db.exec("PRAGMA temp_store = MEMORY"));
    if (options.referencesCheckedByCaller)
        TESSERA_TRY(db.exec("PRAGMA foreign_keys = OFF"));
    return mode;
}

BulkLoadMode::BulkLoadMode(BulkLoadMode&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cacheSize(other.m_cacheSize),
      m_tempStore(other.m_tempStore), m_foreignKeys(other.m_foreignKeys) {}

BulkLoadMode::~BulkLoadMode() {
    if (!m_db)
        return;
    (void)m_db->exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
    (void)m_db->exec("PRAGMA temp_store = " + std::to_string(m_tempStore));
    (void)m_db->exec("PRAGMA foreign_keys = " + std::to_string(m_foreignKeys));
}

} // namespace tessera::storage
