#include "storage/teammode/ServerCredentials.h"

#include "storage/postgres/ServerConnection.h"
#include "storage/teammode/CopyText.h"

namespace tessera::storage {
namespace {

Bytes bytea(std::string_view hex) {
    const std::string bytes = decodeByteaHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

} // namespace

Result<std::optional<ServerIdentity>> readServerIdentity(ServerConnection& server) {
    auto rows = server.query("SELECT id, username, display_name, role, password_hash, kek_salt, "
                             "public_key, secret_key_wrapped, data_key_sealed "
                             "FROM tessera_my_keys()");
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<ServerIdentity>{};
    ServerIdentity who;
    who.userId = rows->int64(0, 0);
    who.username = std::string(rows->text(0, 1));
    who.displayName = std::string(rows->text(0, 2));
    who.role = std::string(rows->text(0, 3));
    who.credentials.passwordHash = std::string(rows->text(0, 4));
    who.credentials.kekSalt = bytea(rows->text(0, 5));
    who.credentials.publicKey = bytea(rows->text(0, 6));
    who.credentials.secretKeyWrapped = bytea(rows->text(0, 7));
    who.credentials.dataKeySealed = bytea(rows->text(0, 8));
    return std::optional<ServerIdentity>(std::move(who));
}

} // namespace tessera::storage
