#pragma once

// Reads the CDNOW purchase layout: whitespace-separated customer id, optional
// sample id, yyyymmdd date, quantity and dollar amount, one purchase a line,
// with or without a header line. Customer ids are kept exactly as written.

#include "domain/files/RecordReader.h"

#include <cstdio>
#include <memory>

namespace tessera::domain {

class CdnowReader final : public RecordReader {
public:
    static Result<std::unique_ptr<CdnowReader>> open(const std::string& path);
    // Reads from an open stream of `size` bytes, which the reader then owns.
    static Result<std::unique_ptr<CdnowReader>> fromStream(std::FILE* file, std::uint64_t size);
    ~CdnowReader() override;

    // Logical columns: customer, date, quantity, amount.
    const std::vector<std::string>& header() const override { return m_header; }
    TextEncoding encoding() const override { return TextEncoding::Utf8; }
    Status forEachRow(const RowVisitor& visit, const ByteProgress& progress) override;

private:
    CdnowReader() = default;
    Status visitLine(std::string_view line, std::int64_t lineNumber, const RowVisitor& visit);

    std::FILE* m_file = nullptr;
    std::uint64_t m_fileSize = 0;
    std::vector<std::string> m_header{"customer", "date", "quantity", "amount"};
};

} // namespace tessera::domain
