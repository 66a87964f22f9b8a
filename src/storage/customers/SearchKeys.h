#pragma once

// The search keys of a customer's name (table search_keys), so a search finds
// Chinese names the way Chinese users type them:
// - the full pinyin, lower case without spaces or tones ("zhangwei" for
//   张伟), found by its prefix ("zhang", "zhangw", "zhang wei");
// - the initials ("zw");
// - every two adjacent Han characters ("科技" of "北京星辰科技有限公司"), found
//   whole, so a two-character word matches anywhere in a name; marked with
//   kNotHanFirstMark when the name does not begin with a Han character
//   ("#科技" of "TCL科技"), so the few Latin names among a word's many
//   matches do not pull the start of a first page's walk before every
//   Han name.
// Pinyin keys are made for names that begin with a Han character; other
// characters inside the name are passed over. A polyphonic character gives a
// key for each of its readings (HanReadings), at most kMaxReadingCombinations
// per name. The keys are stored: a change to these rules or to the readings
// must raise kSearchKeysVersion (SearchKeyIndex), so existing files get them
// remade.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

// 1: full pinyin, initials and Han bigrams of customer names.
inline constexpr int kSearchKeysVersion = 1;

// The most reading combinations one name gives. Common readings come first:
// every other reading of each character is tried alone before two are
// combined, so a polyphonic surname (单 dan/shan, 曾 zeng/ceng) keeps all its
// readings in a long name.
inline constexpr std::size_t kMaxReadingCombinations = 16;

// Pinyin keys are cut to this many letters (about seven syllables); a longer
// query is cut the same way.
inline constexpr std::size_t kMaxPinyinKeyLength = 24;

inline constexpr std::string_view kNotHanFirstMark = "#";

// True for a CJK unified ideograph (the basic block, extensions A to H, and
// the compatibility ideographs).
bool isHanCodepoint(char32_t cp);

// The distinct keys of `name`; empty for a name without Han characters.
std::vector<std::string> searchKeysOf(std::string_view name);

// The pinyin key prefix a search text stands for: two or more ASCII letters,
// with spaces and apostrophes between them ("Zhang Wei", "xi'an"), lower
// case, spaces and apostrophes removed. Nothing for any other text.
std::optional<std::string> pinyinSearchKey(std::string_view search);

// The bigram key a search text stands for: exactly two Han characters.
std::optional<std::string> bigramSearchKey(std::string_view search);

// The first character of `name` (stored beside its keys as name_start).
std::string nameStart(std::string_view name);

} // namespace tessera::storage
