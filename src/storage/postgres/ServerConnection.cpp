#include "storage/postgres/ServerConnection.h"

#include "storage/postgres/ServerUri.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>

namespace tessera::storage {
namespace {

// The first line of a libpq message (they end in a newline, some have hints).
std::string firstLine(const char* message) {
    std::string text = message ? message : "";
    if (const auto nl = text.find('\n'); nl != std::string::npos)
        text.resize(nl);
    return text;
}

// SQLSTATE classes to the error codes the domain acts on: a serialisation
// failure or deadlock is Transient, which the domain runs again; a refused
// privilege or policy is PermissionDenied.
ErrorCode codeOf(std::string_view state) {
    if (state == "40001" || state == "40P01")
        return ErrorCode::Transient;
    if (state == "42501")
        return ErrorCode::PermissionDenied;
    if (state == "23505")
        return ErrorCode::AlreadyExists;
    if (state == "3D000")
        return ErrorCode::NotFound;
    if (state == "57014")
        return ErrorCode::Cancelled;
    if (state.starts_with("23") || state.starts_with("22"))
        return ErrorCode::InvalidArgument;
    if (state.starts_with("08") || state.starts_with("57") || state.starts_with("53"))
        return ErrorCode::IoError;
    if (state.starts_with("28"))
        return ErrorCode::AuthenticationFailed;
    return ErrorCode::Internal;
}

ErrorCode connectErrorCode(const std::string& message) {
    if (message.find("authentication failed") != std::string::npos ||
        message.find("no password supplied") != std::string::npos ||
        message.find("no pg_hba.conf entry") != std::string::npos)
        return ErrorCode::AuthenticationFailed;
    if (message.find("does not exist") != std::string::npos)
        return ErrorCode::NotFound;
    if (message.find("invalid") != std::string::npos ||
        message.find("missing") != std::string::npos)
        return ErrorCode::InvalidArgument;
    return ErrorCode::IoError;
}

} // namespace

ServerRows::ServerRows(pg_result* result) : m_result(result) {}
ServerRows::~ServerRows() {
    PQclear(m_result);
}
ServerRows::ServerRows(ServerRows&& other) noexcept : m_result(other.m_result) {
    other.m_result = nullptr;
}
int ServerRows::size() const {
    return PQntuples(m_result);
}
bool ServerRows::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}
std::string_view ServerRows::text(int row, int column) const {
    return {PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}
std::int64_t ServerRows::int64(int row, int column) const {
    const std::string_view t = text(row, column);
    std::int64_t value = 0;
    std::from_chars(t.data(), t.data() + t.size(), value);
    return value;
}
unsigned ServerRows::type(int column) const {
    return PQftype(m_result, column);
}
int ServerRows::columns() const {
    return PQnfields(m_result);
}
std::string_view ServerRows::name(int column) const {
    return PQfname(m_result, column);
}
std::int64_t ServerRows::affected() const {
    const char* n = PQcmdTuples(m_result);
    return n && *n ? std::stoll(n) : 0;
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::connect(const std::string& uri) {
    const std::string shown = withoutPassword(uri);
    if (!isServerUri(uri))
        return makeError(ErrorCode::InvalidArgument,
                         "'" + shown +
                             "' is not a PostgreSQL connection URI; write "
                             "postgresql://[user@]host[:port]/dbname");
    // Settings before the URI are defaults it may override: a server that
    // does not answer is reported after 10 seconds rather than never.
    const char* keywords[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
    const char* values[] = {"10", "tessera", uri.c_str(), nullptr};
    pg_conn* conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
    if (!conn)
        return makeError(ErrorCode::Internal, "out of memory connecting to " + shown);
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string message = firstLine(PQerrorMessage(conn));
        PQfinish(conn);
        const ErrorCode code = connectErrorCode(message);
        return makeError(code, "cannot connect to " + shown + ": " + message);
    }
    std::unique_ptr<ServerConnection> server(new ServerConnection(conn, shown));
    if (PQsetClientEncoding(conn, "UTF8") != 0)
        return makeError(ErrorCode::IoError, "the server " + shown + " does not speak UTF-8");
    // Every statement of the storage layer names its tables unqualified.
    TESSERA_TRY(server->exec("SET search_path = public"));
    // The server's notices ("relation ... already exists, skipping") would
    // reach the user's terminal through libpq: only warnings and errors.
    TESSERA_TRY(server->exec("SET client_min_messages = warning"));
    return server;
}

ServerConnection::ServerConnection(pg_conn* conn, std::string displayName)
    : m_conn(conn), m_displayName(std::move(displayName)), m_cancel(PQgetCancel(conn)) {}

ServerConnection::~ServerConnection() {
    PQfreeCancel(m_cancel);
    PQfinish(m_conn);
}

Error ServerConnection::resultError(pg_result* result, std::string_view what) const {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = firstLine(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (message.empty())
        message = firstLine(PQerrorMessage(m_conn));
    if (const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr)
        message += " (" + firstLine(context) + ")";
    if (const auto prefix = message.find("ERROR:  "); prefix == 0)
        message.erase(0, 8);
    const ErrorCode code = state ? codeOf(state) : ErrorCode::IoError;
    return makeError(code, std::string(what) + " on " + m_displayName + ": " + message);
}

Status ServerConnection::exec(std::string_view sql) {
    pg_result* result = PQexec(m_conn, std::string(sql).c_str());
    const auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(result);
        return {};
    }
    Error error = resultError(result, "a statement failed");
    PQclear(result);
    return error;
}

Result<ServerRows> ServerConnection::query(std::string_view sql, const ServerParams& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    pg_result* result =
        PQexecParams(m_conn, std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                     values.data(), nullptr, nullptr, /*resultFormat=*/0);
    const auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return ServerRows(result);
    Error error = resultError(result, "a query failed");
    PQclear(result);
    return error;
}

Result<ServerRows> ServerConnection::execute(const std::string& sql, const TypedParams& params) {
    constexpr std::size_t kPreparedLimit = 2000;
    if (m_seenOnce.size() > 2 * kPreparedLimit) // one-off texts (id lists) must not pile up
        m_seenOnce.clear();
    std::string key = sql;
    key.push_back('\0');
    for (unsigned type : params.types)
        key += std::to_string(type) + ",";
    auto known = m_prepared.find(key);
    // Prepared on its second run: a statement seen once (its text holding a
    // list of ids, say) would pay a round trip more for nothing.
    const bool again = known == m_prepared.end() && !m_seenOnce.insert(key).second;
    if (again && m_prepared.size() < kPreparedLimit) {
        m_seenOnce.erase(key);
        const std::string name = "t" + std::to_string(m_prepared.size() + 1);
        pg_result* prepared = PQprepare(m_conn, name.c_str(), sql.c_str(),
                                        static_cast<int>(params.types.size()), params.types.data());
        if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
            return statementError(prepared, sql);
        PQclear(prepared);
        known = m_prepared.emplace(std::move(key), name).first;
    }
    pg_result* result =
        known != m_prepared.end()
            ? PQexecPrepared(m_conn, known->second.c_str(), static_cast<int>(params.values.size()),
                             params.values.data(), params.lengths.data(), params.formats.data(),
                             /*resultFormat=*/0)
            : PQexecParams(m_conn, sql.c_str(), static_cast<int>(params.values.size()),
                           params.types.data(), params.values.data(), params.lengths.data(),
                           params.formats.data(), /*resultFormat=*/0);
    const auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        ServerRows rows(result);
        m_lastChanges = rows.affected();
        return rows;
    }
    return statementError(result, sql);
}

Error ServerConnection::statementError(pg_result* result, const std::string& sql) const {
    Error error = resultError(result, "a statement failed");
    PQclear(result);
    if (std::getenv("TESSERA_DEBUG_SQL"))
        std::fprintf(stderr, "failed SQL: %s\n", sql.c_str());
    return error;
}

bool ServerConnection::inTransaction() const {
    const auto status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

void ServerConnection::cancel() {
    // PQcancel on a request made beforehand is safe from any thread.
    if (m_cancel) {
        char message[256];
        (void)PQcancel(m_cancel, message, sizeof message);
    }
}

Result<std::int64_t> ServerConnection::queryInt64(std::string_view sql,
                                                  const ServerParams& params) {
    auto rows = query(sql, params);
    if (!rows)
        return rows.error();
    if (rows->size() < 1 || rows->isNull(0, 0))
        return std::int64_t{0};
    return rows->int64(0, 0);
}

Status ServerConnection::copyIn(std::string_view copySql,
                                const std::function<Result<bool>(std::string&)>& produce) {
    pg_result* start = PQexec(m_conn, std::string(copySql).c_str());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Error error = resultError(start, "starting a bulk load");
        PQclear(start);
        return error;
    }
    PQclear(start);
    std::string chunk;
    std::optional<Error> failed;
    for (bool more = true; more;) {
        chunk.clear();
        auto next = produce(chunk);
        if (!next) {
            failed = next.error();
            break;
        }
        more = *next;
        if (!chunk.empty() &&
            PQputCopyData(m_conn, chunk.data(), static_cast<int>(chunk.size())) != 1)
            break; // the server's error comes with the result below
    }
    // Ending with an error message makes the server abandon the COPY.
    PQputCopyEnd(m_conn, failed ? "the load was stopped" : nullptr);
    Status status;
    while (pg_result* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && status.ok() && !failed)
            status = resultError(result, "a bulk load failed");
        PQclear(result);
    }
    if (failed)
        return *failed;
    return status;
}

Status ServerConnection::copyOut(std::string_view copySql,
                                 const std::function<void(std::string_view)>& consume) {
    pg_result* start = PQexec(m_conn, std::string(copySql).c_str());
    if (PQresultStatus(start) != PGRES_COPY_OUT) {
        Error error = resultError(start, "starting a bulk read");
        PQclear(start);
        return error;
    }
    PQclear(start);
    char* buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_conn, &buffer, /*async=*/0)) > 0) {
        std::string_view line(buffer, static_cast<std::size_t>(length));
        if (line.ends_with('\n'))
            line.remove_suffix(1);
        consume(line);
        PQfreemem(buffer);
    }
    Status status;
    while (pg_result* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && status.ok())
            status = resultError(result, "a bulk read failed");
        PQclear(result);
    }
    return status;
}

std::string ServerConnection::quoteIdentifier(std::string_view name) const {
    char* quoted = PQescapeIdentifier(m_conn, name.data(), name.size());
    std::string out = quoted ? quoted : "";
    PQfreemem(quoted);
    return out;
}

std::string ServerConnection::databaseName() const {
    return PQdb(m_conn);
}

std::string ServerConnection::userName() const {
    return PQuser(m_conn);
}

Result<ServerTransaction> ServerTransaction::begin(ServerConnection& server) {
    TESSERA_TRY(server.exec("BEGIN"));
    return ServerTransaction(&server);
}

ServerTransaction::~ServerTransaction() {
    if (m_server)
        (void)m_server->exec("ROLLBACK");
}

Status ServerTransaction::commit() {
    ServerConnection* server = m_server;
    m_server = nullptr;
    return server->exec("COMMIT");
}

} // namespace tessera::storage
