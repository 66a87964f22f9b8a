#pragma once

// Connection settings for one bulk load, put back as they were when it ends:
// a large page cache, temporary tables and sorts in memory (the customer
// bulk writer's staging table, index rebuilds), and, when the caller vouches
// for every reference it writes, no per-row foreign key lookups. Enter it
// before the load's transaction begins: SQLite ignores `foreign_keys` inside
// a transaction.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

namespace tessera::storage {

class BulkLoadMode {
public:
    struct Options {
        int cacheMebibytes = 512;
        // Only for loads whose references come from the database itself in
        // the same write transaction (an import resolving customer codes to
        // ids it has just read or written), so no row can refer to nothing.
        bool referencesCheckedByCaller = false;
    };

    static Result<BulkLoadMode> enter(Database& db, const Options& options);
    BulkLoadMode(BulkLoadMode&& other) noexcept;
    BulkLoadMode& operator=(BulkLoadMode&&) = delete;
    ~BulkLoadMode();

private:
    BulkLoadMode(Database& db, std::int64_t cacheSize, std::int64_t tempStore,
                 std::int64_t foreignKeys)
        : m_db(&db), m_cacheSize(cacheSize), m_tempStore(tempStore), m_foreignKeys(foreignKeys) {}

    Database* m_db;
    std::int64_t m_cacheSize;
    std::int64_t m_tempStore;
    std::int64_t m_foreignKeys;
};

} // namespace tessera::storage
