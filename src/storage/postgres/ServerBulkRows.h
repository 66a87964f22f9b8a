#pragma once

// BatchInserter's way onto a team server: rows are bound as usual, kept as
// COPY text and sent with COPY, the server's bulk path. COPY FROM refuses a
// table under row-level security, so the rows land in a temporary table of
// the same columns first and move on with one INSERT ... SELECT, which the
// policies check like any other insert. A temporary target takes the COPY
// directly.

#include "common/Result.h"
#include "storage/sqlite/Statement.h"

#include <memory>
#include <string>
#include <vector>

namespace tessera::storage {

class Database;
class ServerStatement;

class ServerBulkRows {
public:
    // Rows are sent when this much COPY text is waiting.
    static constexpr std::size_t kSendAtBytes = 8u << 20;

    static Result<std::unique_ptr<ServerBulkRows>> create(Database& db, const std::string& table,
                                                          const std::vector<std::string>& columns);

    // The statement to bind the next row's columns into (from parameter 1).
    Statement& row() { return m_row; }
    // Takes the row bound into row(); sends the waiting rows when there are many.
    Status endRow();
    std::size_t pendingRows() const { return m_pendingRows; }
    // Sends every waiting row to the table.
    Status flush();

private:
    ServerBulkRows(Database& db, std::unique_ptr<ServerStatement> row, std::string copySql,
                   std::string moveSql, std::string clearSql);

    Database* m_db;
    ServerStatement* m_bound; // owned by m_row
    Statement m_row;
    std::string m_copySql;  // COPY into the staging (or temporary target) table
    std::string m_moveSql;  // staging rows into the table; empty for a temporary target
    std::string m_clearSql; // empties the staging table
    std::string m_text;
    std::size_t m_pendingRows = 0;
};

} // namespace tessera::storage
