#include "storage/sqlite/SuspendedIndexes.h"

namespace tessera::storage {

Result<SuspendedIndexes> SuspendedIndexes::drop(Database& db, const std::string& table) {
    // On a team server the tables belong to the schema's owner, not to the
    // user importing, and other sessions use the indexes meanwhile: they stay.
    if (db.isServer())
        return SuspendedIndexes(db, {});
    // Indexes behind UNIQUE and PRIMARY KEY constraints have no SQL text.
    auto list = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                           "tbl_name = ? AND sql IS NOT NULL ORDER BY name");
    if (!list)
        return list.error();
    list->bind(1, table);
    auto indexes = list->collect([](const Statement& s) {
        return std::pair<std::string, std::string>(s.text(0), s.text(1));
    });
    if (!indexes)
        return indexes.error();
    std::vector<std::string> definitions;
    for (const auto& [name, sql] : *indexes) {
        TESSERA_TRY(db.exec("DROP INDEX \"" + name + "\""));
        definitions.push_back(sql);
    }
    return SuspendedIndexes(db, std::move(definitions));
}

Status SuspendedIndexes::rebuild() {
    for (const std::string& sql : m_definitions)
        TESSERA_TRY(m_db->exec(sql));
    m_definitions.clear();
    return {};
}

} // namespace tessera::storage
