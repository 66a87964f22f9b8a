#include "storage/security/FieldCipher.h"

#include <cctype>
#include <sodium.h>

namespace tessera::storage {
namespace {

constexpr std::uint8_t kFormatVersion = 1;
constexpr std::size_t kNonceSize = crypto_aead_aes256gcm_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_aes256gcm_ABYTES;
constexpr std::size_t kLookupHashSize = 16;

const unsigned char* asBytes(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}

} // namespace

SecretKey deriveSubkey(const SecretKey& dataKey, KeyPurpose purpose) {
    initialiseCrypto();
    SecretKey subkey;
    crypto_kdf_derive_from_key(subkey.data(), SecretKey::kSize, static_cast<std::uint64_t>(purpose),
                               "TESSERA_", dataKey.data());
    return subkey;
}

Result<FieldCipher> FieldCipher::create(const SecretKey& dataKey) {
    if (!initialiseCrypto())
        return makeError(ErrorCode::Internal, "the cryptography library failed to start");
    if (crypto_aead_aes256gcm_is_available() == 0)
        return makeError(ErrorCode::Internal,
                         "this processor has no AES instructions, which Tessera needs to encrypt "
                         "personal data; use a computer with AES-NI");
    return FieldCipher(deriveSubkey(dataKey, KeyPurpose::FieldEncryption),
                       deriveSubkey(dataKey, KeyPurpose::Lookup));
}

Bytes FieldCipher::encrypt(std::string_view plaintext, std::string_view column) const {
    Bytes out(1 + kNonceSize + plaintext.size() + kTagSize);
    out[0] = kFormatVersion;
    unsigned char* nonce = out.data() + 1;
    randombytes_buf(nonce, kNonceSize);
    unsigned long long written = 0;
    crypto_aead_aes256gcm_encrypt(out.data() + 1 + kNonceSize, &written, asBytes(plaintext),
                                  plaintext.size(), asBytes(column), column.size(), nullptr, nonce,
                                  m_encryptionKey.data());
    out.resize(1 + kNonceSize + written);
    return out;
}

Result<std::string> FieldCipher::decrypt(const Bytes& ciphertext, std::string_view column) const {
    if (ciphertext.size() < 1 + kNonceSize + kTagSize || ciphertext[0] != kFormatVersion)
        return makeError(ErrorCode::Corrupt,
                         "an encrypted value in " + std::string(column) + " is damaged");
    std::string plain(ciphertext.size() - 1 - kNonceSize - kTagSize, '\0');
    unsigned long long written = 0;
    const int rc = crypto_aead_aes256gcm_decrypt(
        reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
        ciphertext.data() + 1 + kNonceSize, ciphertext.size() - 1 - kNonceSize, asBytes(column),
        column.size(), ciphertext.data() + 1, m_encryptionKey.data());
    if (rc != 0)
        return makeError(ErrorCode::Corrupt, "an encrypted value in " + std::string(column) +
                                                 " failed its integrity check");
    plain.resize(written);
    return plain;
}

std::optional<Bytes> FieldCipher::encryptOptional(const std::optional<std::string>& plaintext,
                                                  std::string_view column) const {
    if (!plaintext)
        return std::nullopt;
    return encrypt(*plaintext, column);
}

Result<std::optional<std::string>>
FieldCipher::decryptOptional(const std::optional<Bytes>& ciphertext,
                             std::string_view column) const {
    if (!ciphertext)
        return std::optional<std::string>{};
    auto plain = decrypt(*ciphertext, column);
    if (!plain)
        return plain.error();
    return std::optional<std::string>(std::move(*plain));
}

Bytes FieldCipher::lookupHash(std::string_view normalised) const {
    Bytes out(kLookupHashSize);
    crypto_generichash(out.data(), out.size(), asBytes(normalised), normalised.size(),
                       m_lookupKey.data(), SecretKey::kSize);
    return out;
}

namespace {

bool isChineseMobile(std::string_view digits) {
    return digits.size() == 11 && digits.front() == '1';
}

// The national form of a number dialled with an international prefix:
// China's country code 86 gives a mobile as is and a landline with its
// trunk 0 ("+86 10 6552 9988" is "010 6552 9988"); North America's 1
// gives the ten digits; any other country keeps its code.
std::string nationalForm(std::string digits) {
    if (digits.starts_with("86") && digits.size() > 2) {
        std::string national = digits.substr(2);
        return isChineseMobile(national) || national.front() == '0' ? national : "0" + national;
    }
    if (digits.starts_with('1') && digits.size() == 11)
        return digits.substr(1);
    return digits;
}

} // namespace

std::string FieldCipher::normalisePhone(std::string_view phone) {
    std::string digits;
    bool plus = false;
    for (char c : phone) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits.push_back(c);
        else if (c == '+' && digits.empty())
            plus = true;
    }
    if (plus)
        return nationalForm(std::move(digits));
    if (digits.starts_with("00") && digits.size() > 2)
        return nationalForm(digits.substr(2));
    // "8613800138000", "862155550101": the country code without "+". No
    // national Chinese number is 12 or 13 digits starting with 86 (landlines
    // start with their trunk 0, mobiles with 1, and both have 11 digits).
    if ((digits.size() == 12 || digits.size() == 13) && digits.starts_with("86"))
        return nationalForm(std::move(digits));
    return digits;
}

std::string FieldCipher::normaliseEmail(std::string_view email) {
    std::size_t begin = 0;
    std::size_t end = email.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(email[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(email[end - 1])))
        --end;
    std::string out(email.substr(begin, end - begin));
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string FieldCipher::normaliseIdNumber(std::string_view idNumber) {
    std::string out;
    for (char c : idNumber) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u) || c == '-')
            continue;
        out.push_back(static_cast<char>(std::toupper(u)));
    }
    return out;
}

} // namespace tessera::storage
