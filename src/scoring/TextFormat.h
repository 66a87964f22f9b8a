#pragma once

// Small helpers for the user-facing messages the engine returns (GCC 12 has no
// <format>, and the engine takes no formatting library dependency).

#include <cstdio>
#include <string>

namespace tessera::scoring::text {

// Shortest readable form of a number: 0.25, 1e-06, 365.
inline std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

inline std::string number(long long value) {
    return std::to_string(value);
}
inline std::string number(int value) {
    return std::to_string(value);
}
inline std::string number(std::size_t value) {
    return std::to_string(value);
}

} // namespace tessera::scoring::text
