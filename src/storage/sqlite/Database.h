#pragma once

// One connection to a Tessera database file: opening with every refusal case
// checked first, WAL and foreign keys on, numbered migrations applied on open.
// A connection belongs to one thread; background jobs open their own.

#include "common/Result.h"
#include "storage/sqlite/Statement.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace tessera::storage {

class Database;

struct OpenOptions {
    bool create = false; // create a new file; fails if it exists
    bool migrate = true; // bring an older schema up to date
    int cacheMebibytes = 64;
    // Called with the open (not yet migrated) database before migrations change
    // the file, so the caller can take a backup first; an error stops the open.
    std::function<Status(Database& db, int fromVersion)> beforeMigrate;
};

class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string& path,
                                                  const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);

    // Runs a query expected to return one integer (count, max, pragma).
    Result<std::int64_t> queryInt64(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    int schemaVersion() const { return m_schemaVersion; }
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Asks a running statement on this connection to stop (thread-safe).
    void interrupt();

    // Sets the page cache for this connection (bulk jobs want more).
    Status setCacheMebibytes(int mebibytes);

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    Status configure(const OpenOptions& options);
    Status migrate(const OpenOptions& options);

    sqlite3* m_db = nullptr;
    std::string m_path;
    int m_schemaVersion = 0;
};

// A read transaction: every query on the connection sees the database as it
// was when the snapshot began, until it goes away.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    Status m_status;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless committed.
class TransactionGuard {
public:
    static Result<TransactionGuard> begin(Database& db);
    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&&) = delete;
    ~TransactionGuard();

    Status commit();

private:
    explicit TransactionGuard(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

} // namespace tessera::storage
