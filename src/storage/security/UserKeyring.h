#pragma once

// Per-user credentials: an Argon2id password hash, and the database's data key
// made reachable from the user's password only. Each user has an X25519 key
// pair; the secret half is wrapped (AES-256-GCM) under a key derived from the
// password with Argon2id, and the data key is sealed to the public half. So a
// password unlocks the data key, and an administrator who holds the data key
// can re-seal a new data key to every user without knowing their passwords.

#include "common/Result.h"
#include "storage/security/FieldCipher.h"
#include "storage/security/SecretKey.h"

#include <string>
#include <string_view>

namespace tessera::storage {

struct UserCredentials {
    std::string passwordHash; // libsodium's encoded Argon2id string
    Bytes kekSalt;
    Bytes publicKey;
    Bytes secretKeyWrapped;
    Bytes dataKeySealed;
};

class UserKeyring {
public:
    // Fresh credentials (new key pair) for `password`, holding `dataKey`.
    static Result<UserCredentials> create(std::string_view password, const SecretKey& dataKey);

    static bool verifyPassword(const std::string& passwordHash, std::string_view password);

    // The data key, from credentials and the user's password.
    static Result<SecretKey> unlockDataKey(const UserCredentials& credentials,
                                           std::string_view password);

    // Seals another data key to the same user (key rotation).
    static Result<Bytes> sealDataKey(const Bytes& publicKey, const SecretKey& dataKey);
};

} // namespace tessera::storage
