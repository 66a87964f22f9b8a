#include "storage/customers/HanReadings.h"

#include <algorithm>

namespace tessera::storage {

std::string_view hanReadingsOf(char32_t codepoint) {
    const auto table = hanReadingsTable();
    const auto it = std::lower_bound(
        table.begin(), table.end(), codepoint,
        [](const HanReadings& entry, char32_t wanted) { return entry.codepoint < wanted; });
    if (it == table.end() || it->codepoint != codepoint)
        return {};
    return it->readings;
}

} // namespace tessera::storage
