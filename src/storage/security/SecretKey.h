#pragma once

// A 256-bit key that wipes itself when it goes away.

#include <array>
#include <cstdint>
#include <span>

namespace tessera::storage {

class SecretKey {
public:
    static constexpr std::size_t kSize = 32;

    SecretKey() = default;
    explicit SecretKey(std::span<const std::uint8_t, kSize> bytes);
    SecretKey(const SecretKey& other) = default;
    SecretKey& operator=(const SecretKey& other) = default;
    ~SecretKey();

    static SecretKey random();

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::span<const std::uint8_t, kSize> bytes() const { return m_bytes; }
    bool isZero() const;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

// libsodium must be initialised once before any crypto call; safe to call often.
bool initialiseCrypto();

} // namespace tessera::storage
