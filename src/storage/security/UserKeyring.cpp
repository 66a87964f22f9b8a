#include "storage/security/UserKeyring.h"

#include <sodium.h>

namespace tessera::storage {
namespace {

constexpr std::size_t kNonceSize = crypto_aead_aes256gcm_NPUBBYTES;
constexpr std::string_view kWrapLabel = "tessera.user.secret_key";

Result<SecretKey> deriveKeyEncryptionKey(std::string_view password, const Bytes& salt) {
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::Corrupt, "a user's key salt is damaged");
    SecretKey kek;
    if (crypto_pwhash(kek.data(), SecretKey::kSize, password.data(), password.size(), salt.data(),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Internal, "not enough memory to derive the password key");
    return kek;
}

Status requireAes() {
    if (!initialiseCrypto())
        return makeError(ErrorCode::Internal, "the cryptography library failed to start");
    if (crypto_aead_aes256gcm_is_available() == 0)
        return makeError(ErrorCode::Internal,
                         "this processor has no AES instructions, which Tessera needs to encrypt "
                         "personal data; use a computer with AES-NI");
    return {};
}

const unsigned char* labelBytes() {
    return reinterpret_cast<const unsigned char*>(kWrapLabel.data());
}

} // namespace

Result<UserCredentials> UserKeyring::create(std::string_view password, const SecretKey& dataKey) {
    TESSERA_TRY(requireAes());
    UserCredentials out;
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorCode::Internal, "not enough memory to hash the password");
    out.passwordHash = encoded;

    out.kekSalt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(out.kekSalt.data(), out.kekSalt.size());
    auto kek = deriveKeyEncryptionKey(password, out.kekSalt);
    if (!kek)
        return kek.error();

    out.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    SecretKey secretKey;
    static_assert(crypto_box_SECRETKEYBYTES == SecretKey::kSize);
    crypto_box_keypair(out.publicKey.data(), secretKey.data());

    out.secretKeyWrapped.resize(kNonceSize + SecretKey::kSize + crypto_aead_aes256gcm_ABYTES);
    randombytes_buf(out.secretKeyWrapped.data(), kNonceSize);
    crypto_aead_aes256gcm_encrypt(
        out.secretKeyWrapped.data() + kNonceSize, nullptr, secretKey.data(), SecretKey::kSize,
        labelBytes(), kWrapLabel.size(), nullptr, out.secretKeyWrapped.data(), kek->data());
    auto sealed = sealDataKey(out.publicKey, dataKey);
    if (!sealed)
        return sealed.error();
    out.dataKeySealed = std::move(*sealed);
    return out;
}

bool UserKeyring::verifyPassword(const std::string& passwordHash, std::string_view password) {
    if (!initialiseCrypto())
        return false;
    return crypto_pwhash_str_verify(passwordHash.c_str(), password.data(), password.size()) == 0;
}

Result<SecretKey> UserKeyring::unlockDataKey(const UserCredentials& credentials,
                                             std::string_view password) {
    TESSERA_TRY(requireAes());
    auto kek = deriveKeyEncryptionKey(password, credentials.kekSalt);
    if (!kek)
        return kek.error();
    const Bytes& wrapped = credentials.secretKeyWrapped;
    if (wrapped.size() != kNonceSize + SecretKey::kSize + crypto_aead_aes256gcm_ABYTES ||
        credentials.publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::Corrupt, "the user's stored keys are damaged");
    SecretKey secretKey;
    if (crypto_aead_aes256gcm_decrypt(secretKey.data(), nullptr, nullptr,
                                      wrapped.data() + kNonceSize, wrapped.size() - kNonceSize,
                                      labelBytes(), kWrapLabel.size(), wrapped.data(),
                                      kek->data()) != 0)
        return makeError(ErrorCode::AuthenticationFailed,
                         "the password does not open this user's keys");
    if (credentials.dataKeySealed.size() != crypto_box_SEALBYTES + SecretKey::kSize)
        return makeError(ErrorCode::Corrupt, "the user's sealed data key is damaged");
    SecretKey dataKey;
    if (crypto_box_seal_open(dataKey.data(), credentials.dataKeySealed.data(),
                             credentials.dataKeySealed.size(), credentials.publicKey.data(),
                             secretKey.data()) != 0)
        return makeError(ErrorCode::Corrupt, "the user's sealed data key does not open");
    return dataKey;
}

Result<Bytes> UserKeyring::sealDataKey(const Bytes& publicKey, const SecretKey& dataKey) {
    if (!initialiseCrypto())
        return makeError(ErrorCode::Internal, "the cryptography library failed to start");
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::Corrupt, "a user's public key is damaged");
    Bytes sealed(crypto_box_SEALBYTES + SecretKey::kSize);
    crypto_box_seal(sealed.data(), dataKey.data(), SecretKey::kSize, publicKey.data());
    return sealed;
}

} // namespace tessera::storage
