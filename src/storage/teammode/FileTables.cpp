#include "storage/teammode/FileTables.h"

#include "storage/sqlite/Database.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace tessera::storage {
namespace {

// SQLite's own rules for a declared type's affinity (section 3.1 of
// "Datatypes In SQLite"), collapsed to the four the server knows.
ColumnClass classOf(std::string declared) {
    std::transform(declared.begin(), declared.end(), declared.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (declared.find("INT") != std::string::npos)
        return ColumnClass::Integer;
    if (declared.find("CHAR") != std::string::npos || declared.find("CLOB") != std::string::npos ||
        declared.find("TEXT") != std::string::npos)
        return ColumnClass::Text;
    if (declared.empty() || declared.find("BLOB") != std::string::npos)
        return ColumnClass::Blob;
    return ColumnClass::Real;
}

bool isShadowOf(const std::string& table, const std::vector<std::string>& virtualTables) {
    return std::any_of(virtualTables.begin(), virtualTables.end(), [&](const std::string& v) {
        return table == v || (table.size() > v.size() + 1 && table.starts_with(v + "_"));
    });
}

} // namespace

std::string FileTable::columnList() const {
    std::string list;
    for (const auto& c : columns)
        list += (list.empty() ? "" : ", ") + c.name;
    return list;
}

Result<std::vector<FileTable>> listFileTables(Database& file) {
    auto names = file.prepare("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema "
                              "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                              "ORDER BY name");
    if (!names)
        return names.error();
    std::vector<std::string> plain;
    std::vector<std::string> virtualTables;
    TESSERA_TRY(names->forEachRow(
        [&](Statement& s) { (s.int64(1) ? virtualTables : plain).push_back(s.text(0)); }));
    std::vector<FileTable> tables;
    for (const auto& name : plain) {
        if (isShadowOf(name, virtualTables))
            continue;
        // Table names come from the file's schema, not from a user.
        auto info = file.prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid");
        if (!info)
            return info.error();
        info->bind(1, name);
        FileTable table{name, {}, {}, false};
        std::map<std::int64_t, std::string> keyOrder;
        TESSERA_TRY(info->forEachRow([&](Statement& s) {
            table.columns.push_back({s.text(0), classOf(s.text(1))});
            if (s.int64(2) > 0)
                keyOrder[s.int64(2)] = s.text(0);
        }));
        for (auto& [order, column] : keyOrder)
            table.primaryKey.push_back(column);
        table.hasIdentity =
            table.primaryKey.size() == 1 && table.primaryKey[0] == "id" &&
            std::any_of(table.columns.begin(), table.columns.end(), [](const TableColumn& c) {
                return c.name == "id" && c.type == ColumnClass::Integer;
            });
        tables.push_back(std::move(table));
    }
    return tables;
}

Result<std::int64_t> fileSequence(Database& file, const std::string& table) {
    auto exists = file.queryInt64(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return std::int64_t{0};
    auto seq = file.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?1");
    if (!seq)
        return seq.error();
    seq->bind(1, table);
    auto value = seq->first([](Statement& s) { return s.int64(0); });
    if (!value)
        return value.error();
    return value->value_or(0);
}

} // namespace tessera::storage
