#include "storage/sqlite/SharedSnapshot.h"

#include "storage/postgres/ServerConnection.h"

#include <sqlite3.h>

namespace tessera::storage {
namespace {

// How long to wait for a writer's lock before giving up (the caller then
// reads on one connection): a list should not wait for an import.
constexpr int kGateWaitMs = 50;

Status beginRead(Database& db) {
    TESSERA_TRY(db.exec("BEGIN"));
    // A read pins the snapshot; BEGIN alone does not.
    if (auto read = db.queryInt64("SELECT count(*) FROM sqlite_schema"); !read) {
        (void)db.exec("ROLLBACK");
        return read.error();
    }
    return {};
}

// On a team server the second connection imports the first one's snapshot
// (pg_export_snapshot / SET TRANSACTION SNAPSHOT): both see the same commits.
Result<std::unique_ptr<Database>> shareServerSnapshot(Database& main) {
    auto second = Database::open(main.path());
    if (!second)
        return second.error();
    TESSERA_TRY(main.exec("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    auto snapshot = main.server()->query("SELECT pg_export_snapshot()");
    Status status = snapshot ? Status{} : Status{snapshot.error()};
    if (status)
        status = (*second)->exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
    if (status)
        status =
            (*second)->exec("SET TRANSACTION SNAPSHOT '" + std::string(snapshot->text(0, 0)) + "'");
    if (!status) {
        (void)main.exec("ROLLBACK");
        return status.error();
    }
    return second;
}

} // namespace

Result<std::unique_ptr<SharedSnapshot>> SharedSnapshot::begin(Database& main) {
    if (main.isServer()) {
        auto second = shareServerSnapshot(main);
        if (!second)
            return second.error();
        return std::unique_ptr<SharedSnapshot>(new SharedSnapshot(main, std::move(*second)));
    }
    OpenOptions options;
    options.migrate = false; // `main` has brought the schema up to date
    auto second = Database::open(main.path(), options);
    if (!second)
        return second.error();
    options.cacheMebibytes = 1;
    auto gate = Database::open(main.path(), options);
    if (!gate)
        return gate.error();
    sqlite3_busy_timeout((*gate)->handle(), kGateWaitMs);
    TESSERA_TRY((*gate)->exec("BEGIN IMMEDIATE"));
    Status status = beginRead(main);
    if (status) {
        status = beginRead(**second);
        if (!status)
            (void)main.exec("ROLLBACK");
    }
    (void)(*gate)->exec("ROLLBACK");
    TESSERA_TRY(status);
    return std::unique_ptr<SharedSnapshot>(new SharedSnapshot(main, std::move(*second)));
}

SharedSnapshot::~SharedSnapshot() {
    (void)m_second->exec("ROLLBACK");
    (void)m_main.exec("ROLLBACK");
}

} // namespace tessera::storage
