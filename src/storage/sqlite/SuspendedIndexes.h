#pragma once

// A table's secondary indexes, dropped for a bulk load and built again at its
// end. Building an index sorts its keys once; keeping it up to date inserts
// every new key into the middle of a B-tree. For a load that is large next to
// the table (a million customers into an empty database) the first is about
// twice as fast (docs/benchmarks.md). Both the drop and the rebuild run
// inside the caller's transaction, so a failure or cancel that rolls it back
// brings the indexes back untouched. Indexes SQLite made for UNIQUE and
// PRIMARY KEY constraints stay, so constraints are checked row by row as ever.
// On a team server nothing is dropped.

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <string>
#include <vector>

namespace tessera::storage {

class SuspendedIndexes {
public:
    // Drops every index on `table` that was created by CREATE INDEX.
    static Result<SuspendedIndexes> drop(Database& db, const std::string& table);
    // Creates the dropped indexes again, from their original definitions.
    Status rebuild();
    std::size_t count() const { return m_definitions.size(); }

private:
    SuspendedIndexes(Database& db, std::vector<std::string> definitions)
        : m_db(&db), m_definitions(std::move(definitions)) {}

    Database* m_db;
    std::vector<std::string> m_definitions;
};

} // namespace tessera::storage
