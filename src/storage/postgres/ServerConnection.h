#pragma once

// One connection to a PostgreSQL server through libpq: connecting with a
// clear error for each way it fails, running statements with text parameters,
// and COPY in both directions for bulk loads and whole-table reads. Like
// storage::Database, a connection belongs to one thread.

#include "common/Result.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace tessera::storage {

// The rows of a query, every value as PostgreSQL's text form.
class ServerRows {
public:
    explicit ServerRows(pg_result* result);
    ~ServerRows();
    ServerRows(ServerRows&& other) noexcept;
    ServerRows& operator=(ServerRows&&) = delete;
    ServerRows(const ServerRows&) = delete;

    int size() const;
    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    // The column's type (a PostgreSQL type OID: 16 boolean, 17 bytea, ...).
    unsigned type(int column) const;
    int columns() const;
    std::string_view name(int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;

private:
    pg_result* m_result = nullptr;
};

using ServerParams = std::vector<std::optional<std::string>>;

// Parameters with their types, as storage::Statement binds them: a value in
// PostgreSQL's text form (format 0) or raw bytes (format 1, for bytea).
struct TypedParams {
    std::vector<unsigned> types;
    std::vector<const char*> values; // nullptr for NULL
    std::vector<int> lengths;
    std::vector<int> formats;
};

class ServerConnection {
public:
    // `uri` is a libpq connection URI: postgresql://[user@]host[:port]/dbname[?...]
    static Result<std::unique_ptr<ServerConnection>> connect(const std::string& uri);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    Status exec(std::string_view sql);
    Result<ServerRows> query(std::string_view sql, const ServerParams& params = {});
    Result<std::int64_t> queryInt64(std::string_view sql, const ServerParams& params = {});
    // One statement with typed parameters; rows come back in text form. The
    // server parses and plans a statement once per connection (and types of
    // its parameters): later runs execute the prepared statement.
    Result<ServerRows> execute(const std::string& sql, const TypedParams& params);
    // Rows changed by the last INSERT, UPDATE or DELETE run through execute().
    std::int64_t lastChanges() const { return m_lastChanges; }
    // Whether a transaction is open on the connection.
    bool inTransaction() const;
    // Asks the statement running on this connection to stop (any thread).
    void cancel();

    // COPY ... FROM STDIN: `produce` appends the next chunk of COPY text to
    // its buffer and returns false when there is no more.
    Status copyIn(std::string_view copySql,
                  const std::function<Result<bool>(std::string& chunk)>& produce);
    // COPY ... TO STDOUT: `consume` gets each row's line (without its newline).
    Status copyOut(std::string_view copySql, const std::function<void(std::string_view)>& consume);

    // An identifier quoted for SQL text ("name" with embedded quotes doubled).
    std::string quoteIdentifier(std::string_view name) const;
    std::string databaseName() const;
    std::string userName() const;
    // The server as the user named it, without a password: for messages and logs.
    const std::string& displayName() const { return m_displayName; }

private:
    ServerConnection(pg_conn* conn, std::string displayName);
    Error resultError(pg_result* result, std::string_view what) const;
    // A statement the server refused: its error (and, with TESSERA_DEBUG_SQL
    // set, its text on stderr; never the values).
    Error statementError(pg_result* result, const std::string& sql) const;

    pg_conn* m_conn = nullptr;
    std::string m_displayName;
    std::int64_t m_lastChanges = 0;
    std::unordered_map<std::string, std::string> m_prepared; // text and types -> name
    std::unordered_set<std::string> m_seenOnce;
    // Made with the connection so that cancel() needs nothing of it later.
    pg_cancel* m_cancel = nullptr;
};

// A transaction on the server: BEGIN on construction, ROLLBACK on destruction
// unless committed.
class ServerTransaction {
public:
    static Result<ServerTransaction> begin(ServerConnection& server);
    ServerTransaction(ServerTransaction&& other) noexcept : m_server(other.m_server) {
        other.m_server = nullptr;
    }
    ServerTransaction& operator=(ServerTransaction&&) = delete;
    ~ServerTransaction();
    Status commit();

private:
    explicit ServerTransaction(ServerConnection* server) : m_server(server) {}
    ServerConnection* m_server = nullptr;
};

} // namespace tessera::storage
