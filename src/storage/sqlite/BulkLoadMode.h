#pragma once

// Connection settings for one bulk load, put back as they were when it ends:
// a large page cache, temporary tables and sorts in memory (the customer
// bulk writer's staging table, index rebuilds), and, when the caller vouches
// for every reference it writes, no per-row foreign key lookups. Enter it
// before the load's transaction begins: SQLite ignores `foreign_keys` inside
// a transaction. On a team server it changes nothing.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <string>

namespace tessera::storage {

class BulkLoadMode {
public:
    struct Options {
        int cacheMebibytes = 512;
        // Only for loads whose references come from the database itself in
        // the same write transaction (an import resolving customer codes to
        // ids it has just read or written), so no row can refer to nothing.
        bool referencesCheckedByCaller = false;
        // Only for a file made for this load (the demo): a rollback journal
        // instead of the WAL while it lasts. A load that is one big
        // transaction otherwise writes every page twice (to the WAL, then to
        // the file at the checkpoint), and a page spilled from the cache more
        // than once goes to the WAL each time. The journal keeps the load
        // atomic; the WAL is back when the mode ends. Left as it is when
        // another connection has the file open.
        bool rollbackJournal = false;
    };

    static Result<BulkLoadMode> enter(Database& db, const Options& options);
    BulkLoadMode(BulkLoadMode&& other) noexcept;
    BulkLoadMode& operator=(BulkLoadMode&&) = delete;
    ~BulkLoadMode();

private:
    BulkLoadMode(Database* db, std::int64_t cacheSize, std::int64_t tempStore,
                 std::int64_t foreignKeys)
        : m_db(db), m_cacheSize(cacheSize), m_tempStore(tempStore), m_foreignKeys(foreignKeys) {}
    static Result<std::string> setJournalMode(Database& db, const std::string& mode);

    Database* m_db; // null when there is nothing to put back
    std::int64_t m_cacheSize;
    std::int64_t m_tempStore;
    std::int64_t m_foreignKeys;
    std::string m_journalMode; // to put back; empty when unchanged
};

} // namespace tessera::storage
