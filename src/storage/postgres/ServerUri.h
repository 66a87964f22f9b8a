#pragma once

// Telling a server from a file in --db and the recent connections: a
// PostgreSQL connection URI (postgresql:// or postgres://) names a server,
// anything else a database file.

#include <string>
#include <string_view>

namespace tessera::storage {

bool isServerUri(std::string_view location);

// The URI without its password, for messages, logs and the recent list.
std::string withoutPassword(std::string_view uri);

} // namespace tessera::storage
