// Fuzzes the import mapping and every kind's row parsing. The first line
// holds the kind (first byte) and "column=field" pairs separated by '|';
// the rest is the CSV file.

#include "FuzzInput.h"
#include "domain/files/CsvReader.h"
#include "domain/import/ImportMapping.h"
#include "domain/import/ImportRowParsers.h"

using namespace tessera;

namespace {

std::vector<std::string> pairsOf(std::string_view line) {
    std::vector<std::string> pairs;
    std::size_t start = 0;
    while (start <= line.size()) {
        const std::size_t bar = std::min(line.find('|', start), line.size());
        if (bar > start)
            pairs.emplace_back(line.substr(start, bar - start));
        start = bar + 1;
    }
    return pairs;
}

template <typename Parsed>
void parseRows(domain::RecordReader& reader, const domain::ImportRowParser& parser) {
    Parsed parsed;
    (void)reader.forEachRow(
        [&](const domain::SourceRow& row) -> Status {
            (void)parser.parse(row, parsed);
            return {};
        },
        {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = input.find('\n');
    if (size < 2 || newline == std::string_view::npos)
        return 0;
    const auto kind = static_cast<domain::ImportKind>(data[0] % 4);
    const std::vector<std::string> pairs = pairsOf(input.substr(1, newline - 1));
    std::string keep;
    std::FILE* file = fuzz::openBytes(data + newline + 1, size - newline - 1, keep);
    if (!file)
        return 0;
    auto reader = domain::CsvReader::fromStream(file, keep.size());
    if (!reader)
        return 0;
    auto mapping = domain::ImportMapping::build(kind, (*reader)->header(), pairs);
    if (!mapping)
        return 0;
    static const domain::Calendar calendar("Asia/Shanghai");
    const domain::ImportRowParser parser(kind, *mapping, calendar);
    switch (kind) {
    case domain::ImportKind::Customers: parseRows<domain::ParsedCustomer>(**reader, parser); break;
    case domain::ImportKind::Transactions:
        parseRows<domain::ParsedTransaction>(**reader, parser);
        break;
    case domain::ImportKind::Interactions:
        parseRows<domain::ParsedInteraction>(**reader, parser);
        break;
    case domain::ImportKind::Surveys: parseRows<domain::ParsedSurvey>(**reader, parser); break;
    }
    return 0;
}
