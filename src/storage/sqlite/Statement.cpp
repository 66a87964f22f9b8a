#include "storage/sqlite/Statement.h"

#include "storage/postgres/ServerStatement.h"
#include "storage/sqlite/SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace tessera::storage {

Statement::Statement() = default;

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}

Statement::Statement(std::unique_ptr<ServerStatement> server) : m_server(std::move(server)) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_server(std::move(other.m_server)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_server = std::move(other.m_server);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (m_server) {
        m_server->bind(index, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (m_server) {
        m_server->bind(index, value);
        return *this;
    }
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    if (m_server) {
        m_server->bind(index, text);
        return *this;
    }
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> blob) {
    if (m_server) {
        m_server->bindBlob(index, blob);
        return *this;
    }
    // An empty span has no data pointer, which SQLite would bind as NULL.
    if (blob.empty())
        sqlite3_bind_zeroblob(m_stmt, index, 0);
    else
        sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view text) {
    if (m_server)
        return bind(index, text);
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindBlobUncopied(int index, std::span<const std::uint8_t> blob) {
    if (m_server)
        return bindBlob(index, blob);
    if (blob.empty())
        sqlite3_bind_zeroblob(m_stmt, index, 0);
    else
        sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_server) {
        m_server->bindNull(index);
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    if (m_server)
        return m_server->step();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc, sqlite3_sql(m_stmt));
}

Status Statement::run() {
    if (m_server)
        return m_server->run();
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset() {
    if (m_server) {
        m_server->reset();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const {
    if (m_server)
        return m_server->columnCount();
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int column) const {
    if (m_server)
        return m_server->columnName(column);
    return sqlite3_column_name(m_stmt, column);
}

Statement::ColumnType Statement::columnType(int column) const {
    if (m_server) {
        if (m_server->isNull(column))
            return ColumnType::Null;
        // PostgreSQL's type OIDs: the integers and booleans (stored as 0/1),
        // the floating and exact numbers, bytea; the rest reads as text.
        switch (m_server->columnType(column)) {
        case 16:
        case 20:
        case 21:
        case 23: return ColumnType::Integer;
        case 700:
        case 701:
        case 1700: return ColumnType::Real;
        case 17: return ColumnType::Blob;
        default: return ColumnType::Text;
        }
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return ColumnType::Integer;
    case SQLITE_FLOAT: return ColumnType::Real;
    case SQLITE_TEXT: return ColumnType::Text;
    case SQLITE_BLOB: return ColumnType::Blob;
    default: return ColumnType::Null;
    }
}

bool Statement::isNull(int column) const {
    if (m_server)
        return m_server->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    if (m_server)
        return m_server->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    if (m_server)
        return m_server->real(column);
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::textView(int column) const {
    if (m_server)
        return m_server->textView(column);
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::text(int column) const {
    return std::string(textView(column));
}

std::vector<std::uint8_t> Statement::blob(int column) const {
    if (m_server)
        return m_server->blob(column);
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return {data, data + size};
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace tessera::storage
