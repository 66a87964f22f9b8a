#pragma once

// A prepared statement owned by RAII, with typed binding and column access:
// SQLite's, or its twin on a PostgreSQL server (storage/postgres/ServerStatement)
// when the database is a team server. Repositories see one interface.

#include "common/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera::storage {

class ServerStatement;

class Statement {
public:
    Statement();
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    explicit Statement(std::unique_ptr<ServerStatement> server);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    Statement& bindBlob(int index, std::span<const std::uint8_t> blob);
    // The same without SQLite's copy, for bulk writers: the caller keeps the
    // bytes unchanged until the statement has run.
    Statement& bindUncopied(int index, std::string_view text);
    Statement& bindBlobUncopied(int index, std::span<const std::uint8_t> blob);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances one row: true when a row is available, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows to completion.
    Status run();
    // Makes the statement ready to run again with new bindings.
    void reset();

    // Steps through every remaining row, calling `visit(*this)` for each.
    template <typename Visit> Status forEachRow(Visit&& visit) {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            visit(*this);
        }
    }

    // Reads every remaining row into a vector with `read(*this)`.
    template <typename Read>
    auto collect(Read&& read) -> Result<std::vector<decltype(read(*this))>> {
        std::vector<decltype(read(*this))> rows;
        TESSERA_TRY(forEachRow([&](Statement& s) { rows.push_back(read(s)); }));
        return rows;
    }

    // The first row read with `read(*this)`, or nullopt when there is none.
    template <typename Read>
    auto first(Read&& read) -> Result<std::optional<decltype(read(*this))>> {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<decltype(read(*this))>{};
        return std::optional<decltype(read(*this))>(read(*this));
    }

    // The columns of the result: on a server known only once the statement
    // has run (stepped), which is when SQLite's types are known too.
    enum class ColumnType { Null, Integer, Real, Text, Blob };
    int columnCount() const;
    std::string columnName(int column) const;
    // The type of the current row's value in `column`.
    ColumnType columnType(int column) const;

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step/reset
    std::vector<std::uint8_t> blob(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<std::string> optionalText(int column) const;

    // The SQLite statement; nullptr on a server.
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::unique_ptr<ServerStatement> m_server;
};

} // namespace tessera::storage
