#include "storage/teammode/TableCopy.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/sqlite/Database.h"
#include "storage/teammode/CopyText.h"
#include "storage/teammode/FileRows.h"

#include <optional>

namespace tessera::storage {
namespace {

// Large enough that libpq's per-call cost vanishes, small enough to keep
// memory flat on a ten-million-row table.
constexpr std::size_t kChunkBytes = 1 << 20;
constexpr std::int64_t kProgressEvery = 20000;

void appendValue(std::string& out, const FileValue& v, ColumnClass type) {
    switch (v.kind) {
    case FileValue::Kind::Null: appendCopyNull(out); return;
    case FileValue::Kind::Integer: appendCopyInteger(out, v.integer); return;
    case FileValue::Kind::Real: appendCopyReal(out, v.real); return;
    case FileValue::Kind::Bytes:
        if (type == ColumnClass::Blob)
            appendCopyBytea(out, v.bytes);
        else
            appendCopyText(out, v.bytes);
        return;
    case FileValue::Kind::Mismatch:
        // Sent as it is: the server refuses it with the table, line and
        // column, and the whole copy is rolled back.
        appendCopyText(out, v.bytes);
        return;
    }
}

} // namespace

Result<std::int64_t> copyTableToServer(Database& file, ServerConnection& server,
                                       const FileTable& table, const CopyProgress& progress) {
    auto rows = file.prepare("SELECT " + table.columnList() + " FROM " + table.name);
    if (!rows)
        return rows.error();
    const int columns = static_cast<int>(table.columns.size());
    std::int64_t sent = 0;
    auto copied =
        server.copyIn("COPY " + table.name + " (" + table.columnList() + ") FROM STDIN",
                      [&](std::string& chunk) -> Result<bool> {
                          while (chunk.size() < kChunkBytes) {
                              auto more = rows->step();
                              if (!more)
                                  return more.error();
                              if (!*more)
                                  return false;
                              for (int c = 0; c < columns; ++c) {
                                  if (c)
                                      chunk += '\t';
                                  appendValue(chunk, fileValue(*rows, c, table.columns[c].type),
                                              table.columns[c].type);
                              }
                              chunk += '\n';
                              if (++sent % kProgressEvery == 0 && progress && !progress(sent))
                                  return makeError(ErrorCode::Cancelled, "the copy was stopped");
                          }
                          return true;
                      });
    if (!copied)
        return copied.error();
    return sent;
}

Status continueServerIds(ServerConnection& server, const FileTable& table, std::int64_t handedOut) {
    if (!table.hasIdentity)
        return {};
    // setval(seq, n, false): the next id is n.
    auto set = server.query("SELECT setval(pg_get_serial_sequence($1, 'id'), "
                            "greatest((SELECT coalesce(max(id), 0) FROM " +
                                table.name + "), $2::bigint) + 1, false)",
                            {table.name, std::to_string(handedOut)});
    if (!set)
        return set.error();
    return {};
}

} // namespace tessera::storage
