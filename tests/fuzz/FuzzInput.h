#pragma once

// Turns a fuzzer's bytes into a FILE* the readers can stream from.

#include <cstdint>
#include <cstdio>
#include <string>

namespace tessera::fuzz {

// fmemopen needs a buffer that outlives the stream; `keep` holds it.
inline std::FILE* openBytes(const std::uint8_t* data, std::size_t size, std::string& keep) {
    keep.assign(reinterpret_cast<const char*>(data), size);
    if (keep.empty())
        return nullptr;
    return fmemopen(keep.data(), keep.size(), "rb");
}

} // namespace tessera::fuzz
