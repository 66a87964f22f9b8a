#include "storage/sqlite/SharedSnapshot.h"

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

} // namespace

Result<std::unique_ptr<SharedSnapshot>> SharedSnapshot::begin(Database& main) {
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
