#pragma once

// One connection to a Tessera database: a file (opening with every refusal
// case checked first, WAL and foreign keys on, numbered migrations applied on
// open) or, in team mode, a PostgreSQL server named by a postgresql:// URI
// (storage/postgres), whose statements go through the same Statement.
// A connection belongs to one thread; background jobs open their own.

#include "common/Result.h"
#include "storage/sqlite/Statement.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace tessera::storage {

class Database;
class ServerConnection;

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
    // `path` is a file, or a postgresql:// URI for a team server.
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
    // The SQLite connection; nullptr on a server.
    sqlite3* handle() const { return m_db; }
    // The server connection in team mode; nullptr for a file.
    ServerConnection* server() const { return m_server.get(); }
    bool isServer() const { return m_server != nullptr; }

    // Whether the connection may read `table.column`: always for a file; on a
    // team server, as the login role's column privileges say (an analyst's
    // role reads no personal column). Asked once per column and connection.
    bool mayRead(const std::string& table, const std::string& column);
    // `column`, or NULL named as it when the connection may not read it.
    std::string readableColumn(const std::string& table, const std::string& column);

    // Asks a running statement on this connection to stop (thread-safe).
    void interrupt();

    // Sets the page cache for this connection (bulk jobs want more).
    Status setCacheMebibytes(int mebibytes);

private:
    Database(sqlite3* db, std::string path);
    Database(std::unique_ptr<ServerConnection> server, std::string uri);
    static Result<std::unique_ptr<Database>> openServer(const std::string& uri);
    Status configure(const OpenOptions& options);
    Status migrate(const OpenOptions& options);

    sqlite3* m_db = nullptr;
    std::unique_ptr<ServerConnection> m_server;
    std::string m_path;
    int m_schemaVersion = 0;
    std::map<std::string, bool> m_readable;
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
