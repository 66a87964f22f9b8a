#pragma once

// A source of import rows: a header (column names) and rows of text fields,
// each with the line number it starts on. CsvReader and CdnowReader implement it.

#include "common/Result.h"
#include "domain/files/TextEncoding.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

struct SourceRow {
    std::int64_t line = 0;                    // 1-based line where the row starts
    std::span<const std::string_view> fields; // valid during the visit only
};

using RowVisitor = std::function<Status(const SourceRow&)>;
// Bytes read so far and the file's size.
using ByteProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

class RecordReader {
public:
    virtual ~RecordReader() = default;
    virtual const std::vector<std::string>& header() const = 0;
    virtual TextEncoding encoding() const = 0;
    // Calls `visit` for every data row; stops at the first error it returns.
    virtual Status forEachRow(const RowVisitor& visit, const ByteProgress& progress) = 0;
};

} // namespace tessera::domain
