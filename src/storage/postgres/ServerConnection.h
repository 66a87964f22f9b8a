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
#include <vector>

struct pg_conn;
struct pg_result;

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
    // Rows changed by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;

private:
    pg_result* m_result = nullptr;
};

using ServerParams = std::vector<std::optional<std::string>>;

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
    ServerConnection(pg_conn* conn, std::string displayName)
        : m_conn(conn), m_displayName(std::move(displayName)) {}
    Error resultError(pg_result* result, std::string_view what) const;

    pg_conn* m_conn = nullptr;
    std::string m_displayName;
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
