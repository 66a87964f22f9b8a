#pragma once

// Inserts many rows of one table through a multi-row INSERT prepared once:
// binding fifty rows per statement cuts SQLite's per-statement overhead, which
// dominates bulk loads. On a team server the rows go with COPY instead
// (ServerBulkRows). The caller owns the surrounding transaction.

#include "common/Result.h"
#include "storage/postgres/ServerBulkRows.h"
#include "storage/sqlite/Database.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tessera::storage {

template <typename Record> class BatchInserter {
public:
    static constexpr int kRowsPerStatement = 50;
    // Binds one record's columns starting at parameter `first`.
    using Binder = std::function<void(Statement&, int first, const Record&)>;

    static Result<BatchInserter> create(Database& db, const std::string& table,
                                        const std::vector<std::string>& columns, Binder bind) {
        if (db.isServer()) {
            auto rows = ServerBulkRows::create(db, table, columns);
            if (!rows)
                return rows.error();
            return BatchInserter(std::move(*rows), std::move(bind));
        }
        auto batch = db.prepare(insertSql(table, columns, kRowsPerStatement));
        if (!batch)
            return batch.error();
        auto single = db.prepare(insertSql(table, columns, 1));
        if (!single)
            return single.error();
        return BatchInserter(std::move(*batch), std::move(*single),
                             static_cast<int>(columns.size()), std::move(bind));
    }

    Status add(Record record) {
        if (m_server) {
            m_bind(m_server->row(), 1, record);
            return m_server->endRow();
        }
        m_pending.push_back(std::move(record));
        if (m_pending.size() < kRowsPerStatement)
            return {};
        for (int row = 0; row < kRowsPerStatement; ++row)
            m_bind(m_batch, row * m_columns + 1, m_pending[row]);
        // The records stay until the statement has run: a binder may bind
        // their text in place (Statement::bindUncopied).
        Status ran = m_batch.run();
        m_pending.clear();
        return ran;
    }

    // Rows added but not written yet.
    std::size_t pendingRows() const {
        return m_server ? m_server->pendingRows() : m_pending.size();
    }

    // Writes the rows still buffered; call before committing.
    Status flush() {
        if (m_server)
            return m_server->flush();
        for (const Record& record : m_pending) {
            m_bind(m_single, 1, record);
            TESSERA_TRY(m_single.run());
        }
        m_pending.clear();
        return {};
    }

private:
    BatchInserter(Statement batch, Statement single, int columns, Binder bind)
        : m_batch(std::move(batch)), m_single(std::move(single)), m_columns(columns),
          m_bind(std::move(bind)) {
        m_pending.reserve(kRowsPerStatement);
    }
    BatchInserter(std::unique_ptr<ServerBulkRows> server, Binder bind)
        : m_columns(0), m_bind(std::move(bind)), m_server(std::move(server)) {}

    static std::string insertSql(const std::string& table, const std::vector<std::string>& columns,
                                 int rows) {
        std::string sql = "INSERT INTO " + table + " (";
        std::string tuple = "(";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            sql += (i ? ", " : "") + columns[i];
            tuple += i ? ",?" : "?";
        }
        sql += ") VALUES ";
        tuple += ")";
        for (int r = 0; r < rows; ++r)
            sql += (r ? "," : "") + tuple;
        return sql;
    }

    Statement m_batch;
    Statement m_single;
    int m_columns;
    Binder m_bind;
    std::vector<Record> m_pending;
    std::unique_ptr<ServerBulkRows> m_server; // set on a team server
};

} // namespace tessera::storage
