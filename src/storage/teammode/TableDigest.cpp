#include "storage/teammode/TableDigest.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/sqlite/Database.h"
#include "storage/teammode/CopyText.h"
#include "storage/teammode/FileRows.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <sodium.h>

namespace tessera::storage {
namespace {

constexpr std::size_t kHashBytes = 32;

class Hasher {
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, kHashBytes); }

    void add(char tag, std::string_view bytes) {
        const auto length = static_cast<std::uint64_t>(bytes.size());
        update(&tag, 1);
        update(&length, sizeof length);
        update(bytes.data(), bytes.size());
    }
    void addNull() { add('N', {}); }
    void addInteger(std::int64_t value) { add('I', {reinterpret_cast<char*>(&value), 8}); }
    void addReal(double value) { add('R', {reinterpret_cast<char*>(&value), 8}); }

    std::string hex() {
        unsigned char out[kHashBytes];
        crypto_generichash_final(&m_state, out, kHashBytes);
        char text[kHashBytes * 2 + 1];
        sodium_bin2hex(text, sizeof text, out, kHashBytes);
        return text;
    }

private:
    void update(const void* data, std::size_t size) {
        crypto_generichash_update(&m_state, static_cast<const unsigned char*>(data), size);
    }
    crypto_generichash_state m_state;
};

void addFileValue(Hasher& h, const FileValue& v) {
    switch (v.kind) {
    case FileValue::Kind::Null: h.addNull(); break;
    case FileValue::Kind::Integer: h.addInteger(v.integer); break;
    case FileValue::Kind::Real: h.addReal(v.real); break;
    case FileValue::Kind::Bytes: h.add('B', v.bytes); break;
    case FileValue::Kind::Mismatch: h.add('X', v.bytes); break;
    }
}

// A server value in its COPY text form, read as the value the file holds.
void addServerValue(Hasher& h, const std::optional<std::string>& field, ColumnClass type) {
    if (!field) {
        h.addNull();
        return;
    }
    switch (type) {
    case ColumnClass::Integer: {
        std::int64_t value = 0;
        std::from_chars(field->data(), field->data() + field->size(), value);
        h.addInteger(value);
        return;
    }
    case ColumnClass::Real:
        // float8's output reads back as the same double (and strtod reads
        // "Infinity" and "NaN" too).
        h.addReal(std::strtod(field->c_str(), nullptr));
        return;
    case ColumnClass::Text: h.add('B', *field); return;
    case ColumnClass::Blob: h.add('B', decodeByteaHex(*field)); return;
    }
}

} // namespace

Result<TableDigest> fileTableDigest(Database& file, const FileTable& table) {
    Hasher h;
    TableDigest digest;
    const int columns = static_cast<int>(table.columns.size());
    TESSERA_TRY(forEachFileRow(file, table, /*byKey=*/true, [&](Statement& row) {
        for (int c = 0; c < columns; ++c)
            addFileValue(h, fileValue(row, c, table.columns[c].type));
        ++digest.rows;
        return true;
    }));
    digest.hash = h.hex();
    return digest;
}

Result<TableDigest> serverTableDigest(ServerConnection& server, const FileTable& table) {
    std::string order;
    for (const auto& key : table.primaryKey) {
        const bool text =
            std::any_of(table.columns.begin(), table.columns.end(), [&](const TableColumn& c) {
                return c.name == key && c.type == ColumnClass::Text;
            });
        // Byte order, as SQLite's BINARY collation sorts the file's rows.
        order += (order.empty() ? " ORDER BY " : ", ") + key + (text ? " COLLATE \"C\"" : "");
    }
    Hasher h;
    TableDigest digest;
    TESSERA_TRY(server.copyOut(
        "COPY (SELECT " + table.columnList() + " FROM " + table.name + order + ") TO STDOUT",
        [&](std::string_view line) {
            const auto fields = splitCopyRow(line);
            for (std::size_t c = 0; c < table.columns.size() && c < fields.size(); ++c)
                addServerValue(h, fields[c], table.columns[c].type);
            ++digest.rows;
        }));
    digest.hash = h.hex();
    return digest;
}

} // namespace tessera::storage
