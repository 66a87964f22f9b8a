// Fuzzes the CSV reader: encoding detection and conversion, delimiter
// detection, quoting, line counting. The first byte picks the dialect.

#include "FuzzInput.h"
#include "domain/files/CsvReader.h"

using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    domain::CsvDialect dialect;
    const domain::TextEncoding encodings[] = {
        domain::TextEncoding::Auto, domain::TextEncoding::Utf8, domain::TextEncoding::Gbk};
    const char delimiters[] = {0, ',', ';', '\t'};
    dialect.encoding = encodings[data[0] % 3];
    dialect.delimiter = delimiters[(data[0] / 3) % 4];
    std::string keep;
    std::FILE* file = fuzz::openBytes(data + 1, size - 1, keep);
    if (!file)
        return 0;
    auto reader = domain::CsvReader::fromStream(file, keep.size(), dialect);
    if (!reader)
        return 0;
    std::int64_t lastLine = 0;
    (void)(*reader)->forEachRow(
        [&](const domain::SourceRow& row) -> Status {
            if (row.line < lastLine) // lines only ever go forward
                __builtin_trap();
            lastLine = row.line;
            return {};
        },
        {});
    return 0;
}
