#include "storage/security/SecretKey.h"

#include <algorithm>
#include <sodium.h>

namespace tessera::storage {

SecretKey::SecretKey(std::span<const std::uint8_t, kSize> bytes) {
    std::copy(bytes.begin(), bytes.end(), m_bytes.begin());
}

SecretKey::~SecretKey() {
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey SecretKey::random() {
    initialiseCrypto();
    SecretKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

bool SecretKey::isZero() const {
    return sodium_is_zero(m_bytes.data(), m_bytes.size()) == 1;
}

bool initialiseCrypto() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace tessera::storage
