#pragma once

// Telling a server from a file in --db and the recent connections: a
// PostgreSQL connection URI (postgresql:// or postgres://) names a server,
// anything else a database file.

#include <optional>
#include <string>
#include <string_view>

namespace tessera::storage {

bool isServerUri(std::string_view location);

// The URI without its password, for messages, logs and the recent list.
std::string withoutPassword(std::string_view uri);

// Where a server is, as File > Connect to Server asks for it.
struct ServerAddress {
    std::string host; // a host name, an address, or a Unix socket folder (/run/...)
    int port = 5432;
    std::string database;
    std::string user;     // the PostgreSQL login role
    std::string password; // empty: libpq's own sources (~/.pgpass, PGPASSWORD)
};

// postgresql://user[:password]@host:port/database, each part percent-encoded;
// a socket folder goes in ?host= as libpq reads it.
std::string serverUri(const ServerAddress& address);
// The parts of a URI serverUri() wrote (the recent list); nullopt otherwise.
std::optional<ServerAddress> parseServerUri(std::string_view uri);

} // namespace tessera::storage
