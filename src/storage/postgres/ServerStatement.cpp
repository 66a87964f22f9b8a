#include "storage/postgres/ServerStatement.h"

#include "storage/teammode/CopyText.h"

#include <charconv>

namespace tessera::storage {
namespace {

// PostgreSQL type OIDs (catalog/pg_type.h) of the values Tessera binds and reads.
constexpr unsigned kBoolOid = 16;
constexpr unsigned kByteaOid = 17;
constexpr unsigned kInt8Oid = 20;
constexpr unsigned kTextOid = 25;
constexpr unsigned kFloat8Oid = 701;

} // namespace

ServerStatement::ServerStatement(ServerConnection& server, ServerSql sql)
    : m_server(server), m_sql(std::move(sql)),
      m_params(static_cast<std::size_t>(m_sql.parameters)) {}

ServerStatement::Param& ServerStatement::param(int index) {
    // New bindings start a new run: SQLite would want a reset first, and
    // stepping on must not continue the rows of the previous one.
    m_rows.reset();
    if (static_cast<std::size_t>(index) > m_params.size())
        m_params.resize(static_cast<std::size_t>(index));
    return m_params[static_cast<std::size_t>(index - 1)];
}

void ServerStatement::bind(int index, std::int64_t value) {
    param(index) = {std::to_string(value), kInt8Oid, 0};
}

void ServerStatement::bind(int index, double value) {
    char buffer[32];
    const auto done = std::to_chars(buffer, buffer + sizeof buffer, value);
    param(index) = {std::string(buffer, done.ptr), kFloat8Oid, 0};
}

void ServerStatement::bind(int index, std::string_view text) {
    param(index) = {std::string(text), 0, 0};
}

void ServerStatement::bindBlob(int index, std::span<const std::uint8_t> blob) {
    param(index) = {std::string(reinterpret_cast<const char*>(blob.data()), blob.size()), kByteaOid,
                    1};
}

void ServerStatement::bindNull(int index) {
    param(index) = {};
}

void ServerStatement::appendCopyRow(std::string& out) const {
    bool first = true;
    for (const Param& p : m_params) {
        if (!first)
            out += '\t';
        first = false;
        if (!p.value)
            appendCopyNull(out);
        else if (p.type == kByteaOid)
            appendCopyBytea(out, *p.value);
        else
            appendCopyText(out, *p.value); // numbers are bound as their text
    }
    out += '\n';
}

Result<bool> ServerStatement::step() {
    if (m_sql.skip)
        return false;
    if (!m_rows) {
        // A parameter left unbound is NULL, as in SQLite.
        if (m_params.size() < static_cast<std::size_t>(m_sql.parameters))
            m_params.resize(static_cast<std::size_t>(m_sql.parameters));
        TypedParams typed;
        std::vector<bool> isNull;
        bool anyNull = false;
        for (const Param& p : m_params) {
            isNull.push_back(!p.value);
            anyNull = anyNull || !p.value;
            // A NULL is written into the text (ServerSql::withNulls); its
            // parameter, no longer named there, still needs a type.
            typed.types.push_back(p.value ? p.type : kTextOid);
            typed.values.push_back(p.value ? p.value->data() : nullptr);
            typed.lengths.push_back(p.value ? static_cast<int>(p.value->size()) : 0);
            typed.formats.push_back(p.format);
        }
        auto rows = m_server.execute(anyNull ? m_sql.withNulls(isNull) : m_sql.text, typed);
        if (!rows)
            return rows.error();
        m_rows.emplace(std::move(*rows));
        m_row = -1;
    }
    ++m_row;
    return m_row < m_rows->size();
}

Status ServerStatement::run() {
    m_rows.reset();
    auto ran = step();
    m_rows.reset();
    if (!ran)
        return ran.error();
    return {};
}

void ServerStatement::reset() {
    m_rows.reset();
    for (Param& p : m_params)
        p = {};
}

int ServerStatement::columnCount() const {
    return m_rows ? m_rows->columns() : 0;
}

std::string ServerStatement::columnName(int column) const {
    return std::string(m_rows->name(column));
}

unsigned ServerStatement::columnType(int column) const {
    return m_rows->type(column);
}

bool ServerStatement::isNull(int column) const {
    return m_rows->isNull(m_row, column);
}

std::int64_t ServerStatement::int64(int column) const {
    const std::string_view text = m_rows->text(m_row, column);
    if (m_rows->type(column) == kBoolOid)
        return text == "t" ? 1 : 0;
    std::int64_t value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    // A numeric (sum of bigints, avg) or float8 value: read it as a number and truncate,
    // as SQLite's column_int64 does.
    if (parsed.ptr != text.data() + text.size() && !text.empty())
        return static_cast<std::int64_t>(real(column));
    return value;
}

double ServerStatement::real(int column) const {
    const std::string_view text = m_rows->text(m_row, column);
    if (m_rows->type(column) == kBoolOid)
        return text == "t" ? 1.0 : 0.0;
    // from_chars, unlike strtod, ignores the locale's decimal point.
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string_view ServerStatement::textView(int column) const {
    return m_rows->text(m_row, column);
}

std::vector<std::uint8_t> ServerStatement::blob(int column) const {
    const std::string_view text = m_rows->text(m_row, column);
    if (m_rows->type(column) != kByteaOid)
        return {text.begin(), text.end()};
    const std::string bytes = decodeByteaHex(text); // "\\x" and two hex digits a byte
    return {bytes.begin(), bytes.end()};
}

} // namespace tessera::storage
