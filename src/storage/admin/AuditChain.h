#pragma once

// Appends audit rows as a hash chain and verifies it. Each row's hash is a
// keyed BLAKE2b over its fields and the previous row's hash; the key comes
// from the database's data key, so only someone signed in can extend the
// chain, and any change, insertion or removal made directly in the file
// breaks it at a row that verification names.

#include "common/Result.h"
#include "storage/admin/AuditChainCheck.h"
#include "storage/admin/AuditRepository.h"
#include "storage/security/FieldCipher.h"
#include "storage/security/SecretKey.h"
#include "storage/sqlite/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tessera::storage {

class AuditChain {
public:
    // `key`: the audit subkey of the data key; nullopt when nobody is signed in.
    AuditChain(Database& db, std::optional<SecretKey> key) : m_db(db), m_key(std::move(key)) {}

    static SecretKey keyFrom(const SecretKey& dataKey) {
        return deriveSubkey(dataKey, KeyPurpose::AuditChain);
    }

    // Inserts the row; with a key, first seals rows waiting without a hash.
    Result<std::int64_t> append(const AuditRecord& record);
    Result<AuditVerification> verify();
    // Re-computes every hash under `newKey` (after verifying under the current key).
    Status rekey(const SecretKey& newKey);

private:
    Result<std::int64_t> appendLocked(const AuditRecord& record);
    Status sealPending();
    Result<std::pair<std::int64_t, Bytes>> lastSealed();
    Status writeHead(std::int64_t lastId, const Bytes& lastHash, const SecretKey& key);

    Database& m_db;
    std::optional<SecretKey> m_key;
};

} // namespace tessera::storage
