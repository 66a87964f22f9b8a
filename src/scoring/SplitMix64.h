#pragma once

// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fully specified generator,
// so a stored seed reproduces the same draws on every platform and in the
// Python peer (bench/peers), unlike the std distributions.

#include <cstdint>

namespace tessera::scoring {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform on [0, 1) with 53 random bits.
    double nextDouble() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

} // namespace tessera::scoring
