#pragma once

// The Mandarin readings of the Han characters, without tones, for pinyin
// search (SearchKeys). The table is generated at build time from the Unihan
// database of Debian's unicode-data package (EmbedHanReadings.py): the modern
// readings (kMandarin first, then kTGHZ2013), and kXHC1983 or else the
// classical kHanyuPinyin only for characters with neither. "ü" appears as both
// "v" and "u". A change to the table or its rules must raise
// kSearchKeysVersion (SearchKeys.h), so stored keys are remade.

#include <span>
#include <string_view>

namespace tessera::storage {

struct HanReadings {
    char32_t codepoint;
    // Space-separated toneless readings, the most common first: "zhang chang".
    const char* readings;
};

// Every character that has a reading, in code point order.
std::span<const HanReadings> hanReadingsTable();

// The readings of `codepoint`, space-separated; empty when it has none.
std::string_view hanReadingsOf(char32_t codepoint);

} // namespace tessera::storage
