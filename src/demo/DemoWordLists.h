#pragma once

// The word lists of resources/demo (surnames, company names, cities, phrases),
// embedded at build time and parsed once: each line a row of '|'-separated
// fields, '#' lines and blank lines skipped.

#include "demo/SeededRandom.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

struct DemoWordFile {
    std::string_view name; // file name without ".txt"
    std::string_view text;
};

// Generated from resources/demo/*.txt by EmbedDemoWords.cmake.
std::span<const DemoWordFile> embeddedDemoWordFiles();

class DemoWordList {
public:
    using Row = std::vector<std::string>;

    // The list resources/demo/<name>.txt; an unknown name is a programming
    // error and gives an empty list (the tests load every list the generator uses).
    static const DemoWordList& named(std::string_view name);
    static DemoWordList parse(std::string_view text);

    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    const Row& operator[](std::size_t index) const { return m_rows[index]; }
    // Field `column` of row `index`; empty when the row is shorter.
    const std::string& field(std::size_t index, std::size_t column) const;
    // Field `column` of row `index` as a number (0 when it is none), independent of the locale.
    double number(std::size_t index, std::size_t column) const;
    const std::vector<Row>& rows() const { return m_rows; }

    const Row& pick(SeededRandom& random) const;
    // Chooses rows in proportion to the number in `column`.
    WeightedChoice weightedBy(std::size_t column) const;

private:
    std::vector<Row> m_rows;
};

} // namespace tessera::domain
