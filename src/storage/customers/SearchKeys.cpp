#include "storage/customers/SearchKeys.h"

#include "storage/customers/HanReadings.h"
#include "storage/customers/Utf8.h"

#include <algorithm>

namespace tessera::storage {
namespace {

// One way to read the name so far.
struct Reading {
    std::string full;
    std::string initials;
    int uncommon = 0; // readings taken other than a character's first
};

bool sameKeys(const Reading& a, const Reading& b) {
    return a.full == b.full && a.initials == b.initials;
}

void appendCut(std::string& key, std::string_view syllable) {
    key.append(syllable.substr(0, kMaxPinyinKeyLength - std::min(key.size(), kMaxPinyinKeyLength)));
}

std::vector<std::string_view> splitReadings(std::string_view readings) {
    std::vector<std::string_view> out;
    while (!readings.empty()) {
        const std::size_t space = readings.find(' ');
        out.push_back(readings.substr(0, space));
        readings =
            space == std::string_view::npos ? std::string_view{} : readings.substr(space + 1);
    }
    return out;
}

// Extends every reading by each of the character's readings; keeps the most
// common kMaxReadingCombinations.
void extend(std::vector<Reading>& readings, std::string_view characterReadings) {
    const std::vector<std::string_view> syllables = splitReadings(characterReadings);
    if (syllables.size() == 1) { // most characters: extend in place
        for (Reading& r : readings) {
            appendCut(r.full, syllables.front());
            appendCut(r.initials, syllables.front().substr(0, 1));
        }
        return;
    }
    std::vector<Reading> next;
    next.reserve(readings.size() * syllables.size());
    for (const Reading& r : readings) {
        for (std::size_t k = 0; k < syllables.size(); ++k) {
            Reading longer = r;
            appendCut(longer.full, syllables[k]);
            appendCut(longer.initials, syllables[k].substr(0, 1));
            longer.uncommon += k > 0 ? 1 : 0;
            if (std::none_of(next.begin(), next.end(),
                             [&](const Reading& seen) { return sameKeys(seen, longer); }))
                next.push_back(std::move(longer));
        }
    }
    std::stable_sort(next.begin(), next.end(),
                     [](const Reading& a, const Reading& b) { return a.uncommon < b.uncommon; });
    if (next.size() > kMaxReadingCombinations)
        next.resize(kMaxReadingCombinations);
    readings = std::move(next);
}

void addKey(std::vector<std::string>& keys, std::string key) {
    // One letter is no search key: a one-letter search stays a name prefix.
    if (key.size() >= 2 && std::find(keys.begin(), keys.end(), key) == keys.end())
        keys.push_back(std::move(key));
}

} // namespace

bool isHanCodepoint(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x323AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

std::vector<std::string> searchKeysOf(std::string_view name) {
    std::vector<std::string> keys;
    std::vector<Reading> readings;
    bool first = true;
    char32_t previous = 0;
    std::string bigram;
    std::string_view mark;
    for (std::size_t i = 0; i < name.size();) {
        const char32_t cp = decodeUtf8(name, i);
        const bool han = isHanCodepoint(cp);
        if (first && !han)
            mark = kNotHanFirstMark;
        if (han && isHanCodepoint(previous)) {
            bigram = mark;
            appendUtf8(previous, bigram);
            appendUtf8(cp, bigram);
            addKey(keys, bigram);
        }
        previous = cp;
        const std::string_view characterReadings = han ? hanReadingsOf(cp) : std::string_view{};
        if (first && !characterReadings.empty())
            readings.emplace_back();
        first = false;
        if (!readings.empty() && !characterReadings.empty())
            extend(readings, characterReadings);
    }
    for (Reading& r : readings) {
        addKey(keys, std::move(r.full));
        addKey(keys, std::move(r.initials));
    }
    return keys;
}

std::optional<std::string> pinyinSearchKey(std::string_view search) {
    std::string key;
    for (char c : search) {
        if (c >= 'A' && c <= 'Z')
            key.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c >= 'a' && c <= 'z')
            key.push_back(c);
        else if (c != ' ' && c != '\'')
            return std::nullopt;
    }
    if (key.size() < 2)
        return std::nullopt;
    key.resize(std::min(key.size(), kMaxPinyinKeyLength));
    return key;
}

std::optional<std::string> bigramSearchKey(std::string_view search) {
    std::size_t i = 0;
    int count = 0;
    while (i < search.size()) {
        if (!isHanCodepoint(decodeUtf8(search, i)) || ++count > 2)
            return std::nullopt;
    }
    if (count != 2)
        return std::nullopt;
    return std::string(search);
}

std::string nameStart(std::string_view name) {
    std::size_t end = 0;
    if (!name.empty())
        decodeUtf8(name, end);
    return std::string(name.substr(0, end));
}

} // namespace tessera::storage
