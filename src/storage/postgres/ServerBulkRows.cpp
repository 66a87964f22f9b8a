#include "storage/postgres/ServerBulkRows.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/postgres/ServerStatement.h"
#include "storage/sqlite/Database.h"

namespace tessera::storage {
namespace {

constexpr std::string_view kTempPrefix = "temp.";

std::string joined(const std::vector<std::string>& columns) {
    std::string list;
    for (const std::string& column : columns)
        list += (list.empty() ? "" : ", ") + column;
    return list;
}

} // namespace

ServerBulkRows::ServerBulkRows(Database& db, std::unique_ptr<ServerStatement> row,
                               std::string copySql, std::string moveSql, std::string clearSql)
    : m_db(&db), m_bound(row.get()), m_row(std::move(row)), m_copySql(std::move(copySql)),
      m_moveSql(std::move(moveSql)), m_clearSql(std::move(clearSql)) {}

Result<std::unique_ptr<ServerBulkRows>>
ServerBulkRows::create(Database& db, const std::string& table,
                       const std::vector<std::string>& columns) {
    ServerConnection& server = *db.server();
    const std::string list = joined(columns);
    ServerSql unused; // the row statement is bound, never run
    unused.parameters = static_cast<int>(columns.size());
    auto row = std::make_unique<ServerStatement>(server, std::move(unused));

    if (table.starts_with(kTempPrefix)) {
        const std::string target = "pg_temp." + table.substr(kTempPrefix.size());
        return std::unique_ptr<ServerBulkRows>(new ServerBulkRows(
            db, std::move(row), "COPY " + target + " (" + list + ") FROM STDIN", {}, {}));
    }
    // The staging table has the target's column types and nothing else: no
    // constraints, no policies, no triggers; the INSERT brings all of those.
    // The types come from the catalog: a role that may insert a column it may
    // not read (an analyst's import, personal columns) could not copy them
    // from the table itself.
    auto types = server.query("SELECT a.attname, format_type(a.atttypid, a.atttypmod) "
                              "FROM pg_attribute a WHERE a.attrelid = $1::regclass "
                              "AND a.attnum > 0 AND NOT a.attisdropped",
                              {"public." + table});
    if (!types)
        return types.error();
    std::string definitions;
    for (const std::string& column : columns) {
        std::string type;
        for (int r = 0; r < types->size(); ++r)
            if (types->text(r, 0) == column)
                type = std::string(types->text(r, 1));
        if (type.empty())
            return makeError(ErrorCode::Internal,
                             "the server's table " + table + " has no column " + column);
        definitions += (definitions.empty() ? "" : ", ") + column + " " + type;
    }
    const std::string staging = "pg_temp.tessera_bulk_" + table;
    TESSERA_TRY(server.exec("CREATE TEMP TABLE IF NOT EXISTS tessera_bulk_" + table + " (" +
                            definitions + ")"));
    TESSERA_TRY(server.exec("TRUNCATE " + staging));
    return std::unique_ptr<ServerBulkRows>(new ServerBulkRows(
        db, std::move(row), "COPY " + staging + " (" + list + ") FROM STDIN",
        "INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM " + staging,
        "TRUNCATE " + staging));
}

Status ServerBulkRows::endRow() {
    m_bound->appendCopyRow(m_text);
    m_row.reset();
    ++m_pendingRows;
    if (m_text.size() >= kSendAtBytes)
        return flush();
    return {};
}

Status ServerBulkRows::flush() {
    if (m_pendingRows == 0)
        return {};
    ServerConnection& server = *m_db->server();
    TESSERA_TRY(server.copyIn(m_copySql, [this](std::string& chunk) -> Result<bool> {
        chunk.swap(m_text);
        return false;
    }));
    m_text.clear();
    m_pendingRows = 0;
    if (m_moveSql.empty())
        return {};
    TESSERA_TRY(server.exec(m_moveSql));
    return server.exec(m_clearSql);
}

} // namespace tessera::storage
