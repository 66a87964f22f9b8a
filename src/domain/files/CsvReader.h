#pragma once

// Streams a delimited text file (RFC 4180 quoting, embedded separators and
// newlines) through libcsv: UTF-8, UTF-8 with BOM or GBK; comma, semicolon or
// tab, detected from the header line unless given.

#include "domain/files/RecordReader.h"

#include <cstdio>
#include <memory>

namespace tessera::domain {

struct CsvDialect {
    char delimiter = 0; // 0: detect from the header
    TextEncoding encoding = TextEncoding::Auto;
};

class CsvReader final : public RecordReader {
public:
    static Result<std::unique_ptr<CsvReader>> open(const std::string& path,
                                                   const CsvDialect& dialect = {});
    // Reads from an open stream of `size` bytes, which the reader then owns
    // (the fuzz harness feeds it memory through fmemopen).
    static Result<std::unique_ptr<CsvReader>> fromStream(std::FILE* file, std::uint64_t size,
                                                         const CsvDialect& dialect = {});
    ~CsvReader() override;

    const std::vector<std::string>& header() const override { return m_header; }
    TextEncoding encoding() const override { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    Status forEachRow(const RowVisitor& visit, const ByteProgress& progress) override;

    struct Parser; // libcsv state and callbacks (CsvReader.cpp)

private:
    CsvReader() = default;
    Status readHeader();
    // Reads, decodes and parses the next chunk; false at the end of the file.
    Result<bool> feedChunk();
    std::size_t chunkSize() const;

    std::FILE* m_file = nullptr;
    std::uint64_t m_fileSize = 0;
    std::uint64_t m_bytesRead = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_delimiter = ',';
    std::unique_ptr<Utf8Converter> m_converter;
    std::unique_ptr<Parser> m_parser;
    std::vector<std::string> m_header;
    std::string m_pendingText; // decoded text read ahead while detecting the dialect
    bool m_finished = false;   // the whole file has been read
    bool m_finalised = false;  // the parser has flushed its last row
};

// Chooses the delimiter that occurs most often outside quotes in the first line.
char detectDelimiter(std::string_view text);

} // namespace tessera::domain
