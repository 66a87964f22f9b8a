#include "domain/files/CsvReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <csv.h>
#include <filesystem>

namespace tessera::domain {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;
constexpr std::size_t kMaxFieldBytes = 1 << 20;

int spaceOnly(unsigned char c) {
    return c == ' ' ? 1 : 0;
}
int spaceOrTab(unsigned char c) {
    return c == ' ' || c == '\t' ? 1 : 0;
}

} // namespace

struct CsvReader::Parser {
    csv_parser parser{};
    std::string rowText;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::vector<std::string_view> views;
    std::int64_t line = 1;
    std::int64_t rowLine = 1;
    bool inRow = false;
    const RowVisitor* visitor = nullptr;
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> buffered;
    Status failure;

    bool stopped() const { return !failure.ok(); }

    static void onField(void* data, std::size_t length, void* self) {
        static_cast<Parser*>(self)->field(static_cast<const char*>(data), length);
    }
    static void onRowEnd(int terminator, void* self) {
        static_cast<Parser*>(self)->rowEnd(terminator);
    }

    void field(const char* data, std::size_t length) {
        if (stopped())
            return;
        if (!inRow) {
            inRow = true;
            rowLine = line;
        }
        if (length > kMaxFieldBytes) {
            failure = makeError(ErrorCode::InvalidArgument,
                                QCoreApplication::translate(
                                    "CsvReader",
                                    "Line %1: a field is longer than 1 MB; is a closing quote "
                                    "missing?")
                                    .arg(rowLine)
                                    .toStdString());
            return;
        }
        spans.emplace_back(rowText.size(), length);
        rowText.append(data, length);
        line += std::count(data, data + length, '\n');
    }

    void rowEnd(int terminator) {
        if (!stopped() && inRow)
            deliverRow();
        inRow = false;
        rowText.clear();
        spans.clear();
        if (terminator == '\n')
            ++line;
        rowLine = line; // where the next row starts, until its first field arrives
    }

    void deliverRow() {
        const bool blank = std::all_of(spans.begin(), spans.end(),
                                       [](const auto& span) { return span.second == 0; });
        if (blank)
            return;
        if (!visitor) {
            std::vector<std::string> owned;
            for (const auto& [offset, length] : spans)
                owned.emplace_back(rowText, offset, length);
            buffered.emplace_back(rowLine, std::move(owned));
            return;
        }
        views.clear();
        for (const auto& [offset, length] : spans)
            views.emplace_back(rowText.data() + offset, length);
        failure = (*visitor)(SourceRow{rowLine, views});
    }
};

char detectDelimiter(std::string_view text) {
    std::array<std::pair<char, int>, 3> counts = {{{',', 0}, {';', 0}, {'\t', 0}}};
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (auto& [delimiter, count] : counts)
                count += c == delimiter;
    }
    const auto best =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->second > 0 ? best->first : ',';
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path,
                                                   const CsvDialect& dialect) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("CsvReader", "The file %1 does not exist or is not a file.")
                .arg(QString::fromStdString(path))
                .toStdString());
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate(
                             "CsvReader", "The file %1 cannot be read; check its permissions.")
                             .arg(QString::fromStdString(path))
                             .toStdString());
    return fromStream(file, std::filesystem::file_size(path, ec), dialect);
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromStream(std::FILE* file, std::uint64_t size,
                                                         const CsvDialect& dialect) {
    std::unique_ptr<CsvReader> reader(new CsvReader());
    reader->m_file = file;
    reader->m_fileSize = size;
    reader->m_encoding = dialect.encoding;
    reader->m_delimiter = dialect.delimiter;
    TESSERA_TRY(reader->readHeader());
    return reader;
}

CsvReader::~CsvReader() {
    if (m_parser)
        csv_free(&m_parser->parser);
    if (m_file)
        std::fclose(m_file);
}

Status CsvReader::readHeader() {
    std::string raw(chunkSize(), '\0');
    const std::size_t got = std::fread(raw.data(), 1, raw.size(), m_file);
    raw.resize(got);
    m_bytesRead = got;
    const bool wholeFile = m_bytesRead >= m_fileSize;
    if (got == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "CsvReader", "The file is empty; it needs a header row and data rows.")
                             .toStdString());
    if (m_encoding == TextEncoding::Auto) {
        auto detected = detectEncoding(raw, wholeFile);
        if (!detected)
            return detected.error();
        m_encoding = *detected;
    }
    auto converter = Utf8Converter::create(m_encoding);
    if (!converter)
        return converter.error();
    m_converter = std::move(*converter);
    std::string decoded;
    TESSERA_TRY(m_converter->convert(raw, wholeFile, decoded));
    if (m_delimiter == 0)
        m_delimiter = detectDelimiter(decoded);

    m_parser = std::make_unique<Parser>();
    if (csv_init(&m_parser->parser, CSV_REPALL_NL) != 0)
        return makeError(ErrorCode::Internal, "CSV parser initialisation failed");
    csv_set_delim(&m_parser->parser, static_cast<unsigned char>(m_delimiter));
    csv_set_space_func(&m_parser->parser, m_delimiter == '\t' ? spaceOnly : spaceOrTab);
    m_pendingText = std::move(decoded);
    m_finished = wholeFile;

    // Parse until the header row is complete; rows after it wait in `buffered`.
    for (;;) {
        if (!m_pendingText.empty()) {
            const std::string text = std::move(m_pendingText);
            m_pendingText.clear();
            if (csv_parse(&m_parser->parser, text.data(), text.size(), Parser::onField,
                          Parser::onRowEnd, m_parser.get()) != text.size())
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CsvReader", "The file cannot be read as CSV: %1")
                        .arg(QString::fromLatin1(csv_strerror(csv_error(&m_parser->parser))))
                        .toStdString());
        }
        TESSERA_TRY(m_parser->failure);
        if (!m_parser->buffered.empty())
            break;
        auto more = feedChunk();
        if (!more)
            return more.error();
        if (!*more && m_parser->buffered.empty())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("CsvReader", "The file has no header row.")
                                 .toStdString());
    }
    auto& first = m_parser->buffered.front().second;
    for (std::string& name : first)
        m_header.push_back(std::move(name));
    m_parser->buffered.erase(m_parser->buffered.begin());
    return {};
}

std::size_t CsvReader::chunkSize() const {
    // No more than is left (plus one byte to see the end): small files are common.
    const std::uint64_t left = m_fileSize > m_bytesRead ? m_fileSize - m_bytesRead : 0;
    return static_cast<std::size_t>(std::min<std::uint64_t>(kChunkBytes, left + 1));
}

Result<bool> CsvReader::feedChunk() {
    if (m_finished) {
        if (m_parser && !m_finalised) {
            m_finalised = true;
            // libcsv reports a quote still open at the end only in its fully
            // strict mode, which would also refuse stray quotes inside
            // unquoted fields; so look at its state (2: inside a field) here.
            constexpr int kFieldBegun = 2;
            const bool quoteOpen =
                m_parser->parser.quoted && m_parser->parser.pstate == kFieldBegun;
            if (quoteOpen ||
                csv_fini(&m_parser->parser, Parser::onField, Parser::onRowEnd, m_parser.get()) != 0)
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate(
                                     "CsvReader",
                                     "Line %1: a quoted field is never closed; add the missing "
                                     "quote.")
                                     .arg(m_parser->rowLine)
                                     .toStdString());
        }
        return false;
    }
    std::string raw(chunkSize(), '\0');
    const std::size_t got = std::fread(raw.data(), 1, raw.size(), m_file);
    raw.resize(got);
    m_bytesRead += got;
    if (std::ferror(m_file))
        return makeError(
            ErrorCode::IoError,
            QCoreApplication::translate("CsvReader", "Reading the file failed after %1 bytes.")
                .arg(m_bytesRead)
                .toStdString());
    m_finished = got == 0 || m_bytesRead >= m_fileSize;
    std::string decoded;
    TESSERA_TRY(m_converter->convert(raw, m_finished, decoded));
    if (csv_parse(&m_parser->parser, decoded.data(), decoded.size(), Parser::onField,
                  Parser::onRowEnd, m_parser.get()) != decoded.size())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CsvReader", "The file cannot be read as CSV: %1")
                .arg(QString::fromLatin1(csv_strerror(csv_error(&m_parser->parser))))
                .toStdString());
    return true;
}

Status CsvReader::forEachRow(const RowVisitor& visit, const ByteProgress& progress) {
    for (auto& [line, fields] : m_parser->buffered) {
        std::vector<std::string_view> views(fields.begin(), fields.end());
        TESSERA_TRY(visit(SourceRow{line, views}));
    }
    m_parser->buffered.clear();
    m_parser->visitor = &visit;
    for (;;) {
        auto more = feedChunk();
        TESSERA_TRY(m_parser->failure);
        if (!more)
            return more.error();
        if (progress)
            progress(m_bytesRead, m_fileSize);
        if (!*more)
            return {};
    }
}

} // namespace tessera::domain
