#include "storage/customers/NameKey.h"

#include "storage/customers/Utf8.h"

#include <algorithm>
#include <array>
#include <vector>

namespace tessera::storage {
namespace {

// Longest first, so "股份有限公司" goes whole rather than as "公司".
constexpr std::array<std::string_view, 12> kChineseSuffixes = {
    "集团股份有限公司", "股份有限公司", "有限责任公司", "有限責任公司",
    "集团有限公司",     "集團有限公司", "有限公司",     "集团公司",
    "集團公司",         "公司",         "集团",         "集團"};

// A branch (分公司) is a company of its own standing in the records: its
// "公司" stays, or "上海分公司" would become "上海分".
constexpr std::string_view kBranchSuffix = "分公司";

constexpr std::array<std::string_view, 30> kSuffixWords = {
    "co",   "coltd",   "company", "corp", "corporation", "inc", "incorporated", "ltd",
    "ltda", "limited", "llc",     "llp",  "lp",          "plc", "gmbh",         "kg",
    "ag",   "sa",      "sas",     "sarl", "srl",         "spa", "bv",           "nv",
    "pte",  "pty",     "kk",      "oy",   "sdn",         "bhd"};

// Full-width to half-width, then lower case.
char32_t fold(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    else if (cp == 0x3000)
        cp = ' ';
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
        (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138)
        return cp + 1; // most of Latin Extended-A pairs capital and small this way
    return cp;
}

// Spaces, punctuation and symbols: they separate words and are dropped.
bool isSeparator(char32_t cp) {
    if (cp < 0x80)
        return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                 cp == '.');
    if (cp == 0x3005 || cp == 0x3006 || cp == 0x3007) // 々 〆 〇 are letters
        return false;
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0x30FB ||
           (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
           (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0xFEFF;
}

bool isSuffixWord(std::string_view word) {
    return std::find(kSuffixWords.begin(), kSuffixWords.end(), word) != kSuffixWords.end();
}

// Removes one legal form from the end; false when there is none to remove.
// Chinese forms end the text whatever the spacing ("星辰科技（集团）有限公司"),
// so the words are joined first; Latin ones are whole words.
bool dropSuffix(std::vector<std::string>& words) {
    if (words.size() > 1 && isSuffixWord(words.back())) {
        words.pop_back();
        return true;
    }
    std::string joined;
    for (const std::string& word : words)
        joined += word;
    if (joined.ends_with(kBranchSuffix))
        return false;
    for (std::string_view suffix : kChineseSuffixes) {
        if (!joined.ends_with(suffix))
            continue;
        if (joined.size() == suffix.size())
            return false; // nothing but a legal form: keep it
        joined.resize(joined.size() - suffix.size());
        words = {std::move(joined)};
        return true;
    }
    return false;
}

} // namespace

const std::span<const std::string_view> kCompanySuffixes{kChineseSuffixes};
const std::span<const std::string_view> kCompanySuffixWords{kSuffixWords};

std::string nameKey(std::string_view name) {
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < name.size();) {
        const char32_t cp = fold(decodeUtf8(name, i));
        if (cp == kInvalidCodepoint || cp == '.')
            continue; // "S.A." is "sa", "Co.Ltd" "coltd"
        if (isSeparator(cp)) {
            if (!words.back().empty())
                words.emplace_back();
            continue;
        }
        appendUtf8(cp, words.back());
    }
    if (words.back().empty())
        words.pop_back();
    if (words.empty())
        return {};
    while (dropSuffix(words)) {
    }
    std::string key;
    for (const std::string& word : words)
        key += word;
    return key;
}

} // namespace tessera::storage
