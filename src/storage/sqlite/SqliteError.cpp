#include "storage/sqlite/SqliteError.h"

#include <sqlite3.h>
#include <string>

namespace tessera::storage {

ErrorCode errorCodeForSqlite(int resultCode) {
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB: return ErrorCode::NotADatabase;
    case SQLITE_CORRUPT: return ErrorCode::Corrupt;
    case SQLITE_READONLY: return ErrorCode::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL: return ErrorCode::IoError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Conflict;
    case SQLITE_CONSTRAINT: return ErrorCode::InvalidArgument;
    case SQLITE_INTERRUPT: return ErrorCode::Cancelled;
    case SQLITE_PERM:
    case SQLITE_AUTH: return ErrorCode::PermissionDenied;
    default: return ErrorCode::Internal;
    }
}

Error sqliteError(sqlite3* db, int resultCode, std::string_view context) {
    std::string message;
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB: message = "the file is not a database"; break;
    case SQLITE_CORRUPT: message = "the database file is damaged"; break;
    case SQLITE_FULL: message = "the disk is full"; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: message = "the database is busy in another program"; break;
    case SQLITE_READONLY: message = "the database file cannot be written"; break;
    default: message = db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode); break;
    }
    if (!context.empty()) {
        message += " (";
        message += context.substr(0, 120);
        message += ")";
    }
    return Error{errorCodeForSqlite(resultCode), std::move(message)};
}

} // namespace tessera::storage
