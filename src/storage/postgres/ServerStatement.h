#pragma once

// storage::Statement's twin on a PostgreSQL server: the same binding and
// column reading, over a statement translated by ServerDialect and run with
// typed parameters. The server answers a statement with all its rows at once,
// so statements may be interleaved on one connection as with SQLite.

#include "common/Result.h"
#include "storage/postgres/ServerConnection.h"
#include "storage/postgres/ServerDialect.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

class ServerStatement {
public:
    ServerStatement(ServerConnection& server, ServerSql sql);

    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, std::string_view text);
    void bindBlob(int index, std::span<const std::uint8_t> blob);
    void bindNull(int index);

    Result<bool> step();
    // Runs to completion and keeps the bindings, as sqlite3_reset does.
    Status run();
    // Forgets the rows and the bindings.
    void reset();
    // The bound values as one row of COPY text (tab-separated, newline
    // ended), for a bulk load that binds rows without running them.
    void appendCopyRow(std::string& out) const;

    // The result's columns, known once the statement has run (0 before).
    int columnCount() const;
    std::string columnName(int column) const;
    // The column's PostgreSQL type OID.
    unsigned columnType(int column) const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string_view textView(int column) const;
    std::vector<std::uint8_t> blob(int column) const;

private:
    struct Param {
        std::optional<std::string> value;
        unsigned type = 0; // 0: the server infers it from where it is used
        int format = 0;
    };
    Param& param(int index);

    ServerConnection& m_server;
    ServerSql m_sql;
    std::vector<Param> m_params;
    std::optional<ServerRows> m_rows;
    int m_row = -1;
};

} // namespace tessera::storage
