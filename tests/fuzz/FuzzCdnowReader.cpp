// Fuzzes the CDNOW reader and the transaction row parsing behind it.

#include "FuzzInput.h"
#include "domain/files/CdnowReader.h"
#include "domain/import/ImportMapping.h"
#include "domain/import/ImportRowParsers.h"

using namespace tessera;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string keep;
    std::FILE* file = fuzz::openBytes(data, size, keep);
    if (!file)
        return 0;
    auto reader = domain::CdnowReader::fromStream(file, keep.size());
    if (!reader)
        return 0;
    auto mapping =
        domain::ImportMapping::build(domain::ImportKind::Transactions, (*reader)->header(), {});
    if (!mapping)
        __builtin_trap(); // the CDNOW columns always map
    static const domain::Calendar calendar("UTC");
    const domain::ImportRowParser parser(domain::ImportKind::Transactions, *mapping, calendar);
    domain::ParsedTransaction parsed;
    (void)(*reader)->forEachRow(
        [&](const domain::SourceRow& row) -> Status {
            (void)parser.parse(row, parsed);
            return {};
        },
        {});
    return 0;
}
