#pragma once

// Foreign keys and secondary indexes taken off the server's tables for a bulk
// load and put back after it, as pg_restore does: PostgreSQL then checks each
// reference once per constraint, in one pass, instead of queuing a trigger
// event per row until the commit (minutes on a million-customer file), and
// builds each index once instead of updating it row by row. Everything
// happens in the caller's transaction, so a failed load leaves the schema as
// it was; putting a foreign key back fails when a copied row breaks it.

#include "common/Result.h"

#include <string>
#include <vector>

namespace tessera::storage {

class ServerConnection;

class BulkLoadWindow {
public:
    static Result<BulkLoadWindow> open(ServerConnection& server);
    Status close();

private:
    struct Definition {
        std::string table;
        std::string name;
        std::string sql; // the constraint's or the index's definition
    };
    BulkLoadWindow(ServerConnection& server) : m_server(&server) {}

    ServerConnection* m_server;
    std::vector<Definition> m_foreignKeys;
    std::vector<Definition> m_indexes;
};

} // namespace tessera::storage
