#include "domain/files/CdnowReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <filesystem>

namespace tessera::domain {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

bool allDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

Result<std::unique_ptr<CdnowReader>> CdnowReader::open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CdnowReader",
                                                     "The file %1 does not exist or is not a file.")
                             .arg(QString::fromStdString(path))
                             .toStdString());
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate(
                             "CdnowReader", "The file %1 cannot be read; check its permissions.")
                             .arg(QString::fromStdString(path))
                             .toStdString());
    return fromStream(file, std::filesystem::file_size(path, ec));
}

Result<std::unique_ptr<CdnowReader>> CdnowReader::fromStream(std::FILE* file, std::uint64_t size) {
    std::unique_ptr<CdnowReader> reader(new CdnowReader());
    reader->m_file = file;
    reader->m_fileSize = size;
    if (size == 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CdnowReader", "The file is empty.").toStdString());
    return reader;
}

CdnowReader::~CdnowReader() {
    if (m_file)
        std::fclose(m_file);
}

Status CdnowReader::visitLine(std::string_view line, std::int64_t lineNumber,
                              const RowVisitor& visit) {
    std::array<std::string_view, 6> tokens;
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start) {
            if (count == tokens.size())
                return visit(SourceRow{lineNumber, std::span(tokens.data(), count)});
            tokens[count++] = line.substr(start, i - start);
        }
    }
    if (count == 0)
        return {};
    // A header line names the columns instead of holding a numeric date.
    if (lineNumber == 1 && count >= 2 && !allDigits(tokens[count >= 5 ? 2 : 1]))
        return {};
    if (count == 5) {
        // id, sample id, date, quantity, amount: the sample id is not a column of ours.
        std::array<std::string_view, 4> fields = {tokens[0], tokens[2], tokens[3], tokens[4]};
        return visit(SourceRow{lineNumber, fields});
    }
    return visit(SourceRow{lineNumber, std::span(tokens.data(), count)});
}

Status CdnowReader::forEachRow(const RowVisitor& visit, const ByteProgress& progress) {
    std::string carry;
    // No bigger than the file (plus one byte to see its end): small files are common.
    std::string chunk(
        static_cast<std::size_t>(std::min<std::uint64_t>(kChunkBytes, m_fileSize + 1)), '\0');
    std::int64_t lineNumber = 1;
    std::uint64_t done = 0;
    for (;;) {
        const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), m_file);
        if (std::ferror(m_file))
            return makeError(ErrorCode::IoError,
                             QCoreApplication::translate("CdnowReader",
                                                         "Reading the file failed after %1 bytes.")
                                 .arg(done)
                                 .toStdString());
        done += got;
        std::string_view text(chunk.data(), got);
        const bool last = got == 0;
        std::size_t start = 0;
        for (;;) {
            const std::size_t newline = text.find('\n', start);
            if (newline == std::string_view::npos)
                break;
            std::string_view line = text.substr(start, newline - start);
            if (!carry.empty()) {
                carry.append(line);
                TESSERA_TRY(visitLine(carry, lineNumber++, visit));
                carry.clear();
            } else {
                TESSERA_TRY(visitLine(line, lineNumber++, visit));
            }
            start = newline + 1;
        }
        carry.append(text.substr(start));
        if (progress)
            progress(done, m_fileSize);
        if (last) {
            if (!carry.empty())
                TESSERA_TRY(visitLine(carry, lineNumber, visit));
            return {};
        }
    }
}

} // namespace tessera::domain
