#pragma once

// UTF-8 decoding and encoding for the keys computed from names (NameKey,
// SearchKeys), which walk names one code point at a time.

#include <string>
#include <string_view>

namespace tessera::storage {

inline constexpr char32_t kInvalidCodepoint = 0xFFFFFFFF;

// Decodes one UTF-8 sequence at `i`, advancing past it; kInvalidCodepoint
// for a malformed byte (which is then skipped).
char32_t decodeUtf8(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void appendUtf8(char32_t cp, std::string& out);

} // namespace tessera::storage
