#pragma once

// Encrypts personal data columns with AES-256-GCM under the database's data key,
// and makes keyed hashes of normalised values so exact lookups (phone, email)
// work without decrypting every row.

#include "common/Result.h"
#include "storage/security/SecretKey.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

using Bytes = std::vector<std::uint8_t>;

class FieldCipher {
public:
    // Fails when the processor offers no AES instructions (libsodium's AES-GCM needs them).
    static Result<FieldCipher> create(const SecretKey& dataKey);

    // `column` names the column ("customers.phone"); it is authenticated with
    // the value so a ciphertext cannot be moved to another column unnoticed.
    Bytes encrypt(std::string_view plaintext, std::string_view column) const;
    Result<std::string> decrypt(const Bytes& ciphertext, std::string_view column) const;

    // Encrypts when present, NULL (nullopt) otherwise.
    std::optional<Bytes> encryptOptional(const std::optional<std::string>& plaintext,
                                         std::string_view column) const;
    // Decrypts when present; a value that fails authentication reads as an error.
    Result<std::optional<std::string>> decryptOptional(const std::optional<Bytes>& ciphertext,
                                                       std::string_view column) const;

    // 16-byte keyed BLAKE2b of an already normalised value.
    Bytes lookupHash(std::string_view normalised) const;

    // Normalisations used for lookups (docs/duplicates.md). Phones: digits
    // only, with an explicit international prefix for China ("+86", "0086")
    // or North America ("+1", "001") dropped, and a bare "86" before a
    // Chinese number (12 or 13 digits in all); so "+86 138-0013-8000" and
    // "13800138000" are the same key, and a landline gets its trunk 0
    // ("+86 21 5555 0101" is "02155550101"). A leading 1 is never dropped
    // without its "+" or "00": Chinese mobiles begin with 1.
    static std::string normalisePhone(std::string_view phone);
    // Emails: surrounding spaces trimmed, lower case.
    static std::string normaliseEmail(std::string_view email);
    // ID numbers: spaces and dashes removed, letters in upper case (the
    // final check character X of a Chinese ID).
    static std::string normaliseIdNumber(std::string_view idNumber);

private:
    FieldCipher(const SecretKey& encryptionKey, const SecretKey& lookupKey)
        : m_encryptionKey(encryptionKey), m_lookupKey(lookupKey) {}

    SecretKey m_encryptionKey;
    SecretKey m_lookupKey;
};

// Subkeys derived from the data key for separate purposes.
enum class KeyPurpose : std::uint64_t { FieldEncryption = 1, Lookup = 2, AuditChain = 3 };
SecretKey deriveSubkey(const SecretKey& dataKey, KeyPurpose purpose);

} // namespace tessera::storage
