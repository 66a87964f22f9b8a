#include "demo/DemoWordLists.h"

#include <charconv>
#include <map>

namespace tessera::domain {
namespace {

std::vector<std::string> splitFields(std::string_view line) {
    std::vector<std::string> fields;
    for (;;) {
        const auto bar = line.find('|');
        fields.emplace_back(line.substr(0, bar));
        if (bar == std::string_view::npos)
            return fields;
        line.remove_prefix(bar + 1);
    }
}

} // namespace

DemoWordList DemoWordList::parse(std::string_view text) {
    DemoWordList list;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty() && line.front() != '#')
            list.m_rows.push_back(splitFields(line));
    }
    return list;
}

const DemoWordList& DemoWordList::named(std::string_view name) {
    // Parsed once, on first use; static initialisation is thread-safe.
    static const std::map<std::string, DemoWordList, std::less<>> lists = [] {
        std::map<std::string, DemoWordList, std::less<>> parsed;
        for (const DemoWordFile& file : embeddedDemoWordFiles())
            parsed.emplace(std::string(file.name), parse(file.text));
        return parsed;
    }();
    static const DemoWordList missing;
    const auto it = lists.find(name);
    return it == lists.end() ? missing : it->second;
}

const std::string& DemoWordList::field(std::size_t index, std::size_t column) const {
    static const std::string none;
    const Row& row = m_rows[index];
    return column < row.size() ? row[column] : none;
}

double DemoWordList::number(std::size_t index, std::size_t column) const {
    const std::string& text = field(index, column);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

const DemoWordList::Row& DemoWordList::pick(SeededRandom& random) const {
    return m_rows[static_cast<std::size_t>(random.below(static_cast<std::int64_t>(size())))];
}

WeightedChoice DemoWordList::weightedBy(std::size_t column) const {
    std::vector<double> weights;
    weights.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        weights.push_back(number(i, column));
    return WeightedChoice(weights);
}

} // namespace tessera::domain
