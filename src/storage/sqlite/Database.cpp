#include "storage/sqlite/Database.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/postgres/ServerDialect.h"
#include "storage/postgres/ServerMigrations.h"
#include "storage/postgres/ServerSchema.h"
#include "storage/postgres/ServerStatement.h"
#include "storage/postgres/ServerUri.h"
#include "storage/sqlite/DatabaseFileProbe.h"
#include "storage/sqlite/Migrations.h"
#include "storage/sqlite/SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace tessera::storage {
namespace {

constexpr int kBusyTimeoutMs = 5000;

Result<sqlite3*> openHandle(const std::string& path, bool create) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "opening " + path);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

} // namespace

Database::Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::Database(std::unique_ptr<ServerConnection> server, std::string uri)
    : m_server(std::move(server)), m_path(std::move(uri)) {}

Result<std::unique_ptr<Database>> Database::openServer(const std::string& uri) {
    auto server = ServerConnection::connect(uri);
    if (!server)
        return server.error();
    auto version = serverSchemaVersion(**server);
    if (!version)
        return version.error();
    const int latest = latestServerSchemaVersion();
    if (*version == 0)
        return makeError(ErrorCode::NotADatabase,
                         "the server database holds no Tessera schema; copy a database file "
                         "to it with 'tessera-cli migrate'");
    if (*version > latest)
        return makeError(ErrorCode::NewerSchema, "schema " + std::to_string(*version) +
                                                     "; this version reads up to schema " +
                                                     std::to_string(latest));
    // Only the tables' owner changes the server's schema (tessera-cli
    // migrate); users' roles cannot, so an older schema is refused here.
    if (*version < latest)
        return makeError(ErrorCode::NewerSchema,
                         "schema " + std::to_string(*version) +
                             "; this version of Tessera needs "
                             "schema " +
                             std::to_string(latest) +
                             ": the server's administrator brings it up to date with "
                             "'tessera-cli migrate'");
    std::unique_ptr<Database> db(new Database(std::move(*server), uri));
    db->m_schemaVersion = *version;
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path,
                                                 const OpenOptions& options) {
    if (isServerUri(path)) {
        if (options.create)
            return makeError(ErrorCode::InvalidArgument,
                             "a team server is made by copying a database file to it with "
                             "'tessera-cli migrate'");
        return openServer(path);
    }
    if (options.create) {
        TESSERA_TRY(probeNewDatabaseLocation(path));
    } else {
        auto probe = probeDatabaseFile(path, latestSchemaVersion(), /*needWrite=*/true);
        if (!probe)
            return probe.error();
    }
    auto handle = openHandle(path, options.create);
    if (!handle)
        return handle.error();
    std::unique_ptr<Database> db(new Database(*handle, path));
    TESSERA_TRY(db->configure(options));
    TESSERA_TRY(db->migrate(options));
    return db;
}

Database::~Database() {
    if (m_server)
        return;
    sqlite3_close_v2(m_db);
}

Status Database::configure(const OpenOptions& options) {
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    // Reading the schema first makes SQLite validate the file before we change anything.
    auto tables = queryInt64("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    TESSERA_TRY(exec("PRAGMA foreign_keys = ON"));
    auto mode = prepare("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    auto modeRow = mode->step();
    if (!modeRow)
        return modeRow.error();
    if (!*modeRow || mode->text(0) != "wal")
        return makeError(ErrorCode::IoError,
                         "the database could not switch to write-ahead logging; check that its "
                         "folder is writable and on a local disk");
    TESSERA_TRY(exec("PRAGMA synchronous = FULL"));
    TESSERA_TRY(setCacheMebibytes(options.cacheMebibytes));
    auto version = queryInt64("PRAGMA user_version");
    if (!version)
        return version.error();
    m_schemaVersion = static_cast<int>(*version);
    return {};
}

Status Database::migrate(const OpenOptions& options) {
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest)
        return makeError(ErrorCode::NewerSchema, "schema " + std::to_string(m_schemaVersion) +
                                                     "; this version reads up to schema " +
                                                     std::to_string(latest));
    if (m_schemaVersion == latest || !options.migrate)
        return {};
    if (m_schemaVersion > 0 && options.beforeMigrate)
        TESSERA_TRY(options.beforeMigrate(*this, m_schemaVersion));

    // A migration may rebuild a table the way SQLite's documentation
    // describes, which needs foreign key enforcement off (it cannot change
    // inside a transaction); every reference is checked before committing.
    TESSERA_TRY(exec("PRAGMA foreign_keys = OFF"));
    struct EnforceForeignKeys {
        Database& db;
        ~EnforceForeignKeys() { (void)db.exec("PRAGMA foreign_keys = ON"); }
    } enforceAgain{*this};
    auto tx = TransactionGuard::begin(*this);
    if (!tx)
        return tx.error();
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (auto applied = exec(migration.sql); !applied)
            return makeError(applied.error().code, "schema migration " +
                                                       std::string(migration.name) +
                                                       " failed: " + applied.error().message);
    }
    auto dangling = queryInt64("SELECT count(*) FROM pragma_foreign_key_check");
    if (!dangling)
        return dangling.error();
    if (*dangling > 0)
        return makeError(ErrorCode::Corrupt,
                         "the schema migration found " + std::to_string(*dangling) +
                             " rows referring to rows that do not exist; nothing was changed. "
                             "Restore a backup, or run 'tessera-cli check' on the file.");
    TESSERA_TRY(exec("PRAGMA application_id = " + std::to_string(kTesseraApplicationId)));
    TESSERA_TRY(exec("PRAGMA user_version = " + std::to_string(latest)));
    TESSERA_TRY(tx->commit());
    m_schemaVersion = latest;
    // Other connections check the file's header before opening it; copy the
    // new application id and schema version from the WAL into the file now.
    TESSERA_TRY(exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Status Database::exec(std::string_view sql) {
    if (m_server) {
        const ServerSql translated = toServerSql(sql);
        return translated.skip ? Status{} : m_server->exec(translated.text);
    }
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    if (m_server)
        return Statement(std::make_unique<ServerStatement>(*m_server, toServerSql(sql)));
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return Statement(m_db, stmt);
}

Result<std::int64_t> Database::queryInt64(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::int64_t{0};
    return stmt->int64(0);
}

std::int64_t Database::lastInsertRowId() const {
    if (m_server) {
        // The identity sequence last used by this session's INSERT.
        auto id = m_server->queryInt64("SELECT lastval()");
        return id ? *id : 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    if (m_server)
        return static_cast<int>(m_server->lastChanges());
    return sqlite3_changes(m_db);
}

bool Database::mayRead(const std::string& table, const std::string& column) {
    if (!m_server)
        return true;
    const std::string key = table + "." + column;
    if (auto known = m_readable.find(key); known != m_readable.end())
        return known->second;
    auto granted = m_server->queryInt64(
        "SELECT CASE WHEN has_column_privilege($1, $2, 'SELECT') THEN 1 ELSE 0 END",
        {table, column});
    const bool readable = granted && *granted == 1;
    m_readable[key] = readable;
    return readable;
}

std::string Database::readableColumn(const std::string& table, const std::string& column) {
    return mayRead(table, column) ? column : "NULL AS " + column;
}

void Database::interrupt() {
    if (m_server) {
        m_server->cancel();
        return;
    }
    sqlite3_interrupt(m_db);
}

Status Database::setCacheMebibytes(int mebibytes) {
    if (m_server)
        return {}; // the server sizes its own buffers
    return exec("PRAGMA cache_size = -" + std::to_string(mebibytes * 1024));
}

ReadSnapshot::ReadSnapshot(Database& db) : m_db(db) {
    if (db.isServer()) {
        // One snapshot for every statement until the end, as SQLite's read transaction.
        m_status = db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
        return;
    }
    m_status = db.exec("BEGIN");
    if (m_status)
        m_status = db.queryInt64("SELECT count(*) FROM sqlite_schema").ok()
                       ? Status{}
                       : Status{makeError(ErrorCode::IoError, "the database cannot be read")};
}

ReadSnapshot::~ReadSnapshot() {
    (void)m_db.exec("ROLLBACK");
}

Result<TransactionGuard> TransactionGuard::begin(Database& db) {
    TESSERA_TRY(db.exec("BEGIN IMMEDIATE"));
    return TransactionGuard(&db);
}

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

TransactionGuard::~TransactionGuard() {
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Status TransactionGuard::commit() {
    Database* db = std::exchange(m_db, nullptr);
    if (!db)
        return makeError(ErrorCode::Internal, "transaction already finished");
    if (auto done = db->exec("COMMIT"); !done) {
        (void)db->exec("ROLLBACK");
        return done.error();
    }
    return {};
}

} // namespace tessera::storage
