#pragma once

// Input text encodings the importer accepts: UTF-8 (with or without BOM) and
// GBK (read as GB18030, its superset). Files are converted to UTF-8 in chunks
// before CSV parsing; GBK trail bytes never collide with CSV's ASCII syntax.

#include "common/Result.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tessera::domain {

enum class TextEncoding { Auto, Utf8, Gbk };

std::string_view encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(std::string_view name); // utf-8, gbk, auto

// How much of `bytes` is complete, valid UTF-8. Scanning stops at the first
// invalid byte, or before a sequence cut off at the end; such a cut is only
// invalid when `final` (no more bytes will follow).
struct Utf8Scan {
    std::size_t complete = 0;
    bool invalid = false;
};
Utf8Scan scanUtf8(std::string_view bytes, bool final);

// Guesses the encoding from the start of a file: UTF-8 when it decodes as
// UTF-8, else GBK when it decodes as GBK, else an error.
Result<TextEncoding> detectEncoding(std::string_view sample, bool sampleIsWholeFile);

// Converts a stream of chunks to UTF-8, keeping incomplete sequences between calls.
class Utf8Converter {
public:
    static Result<std::unique_ptr<Utf8Converter>> create(TextEncoding encoding);
    ~Utf8Converter();

    // Appends the UTF-8 form of `chunk` to `out`. On invalid input returns an
    // error whose message names the byte offset within the whole stream.
    Status convert(std::string_view chunk, bool final, std::string& out);
    std::size_t bytesConsumed() const { return m_consumed; }

private:
    explicit Utf8Converter(TextEncoding encoding) : m_encoding(encoding) {}

    TextEncoding m_encoding;
    void* m_iconv = nullptr;
    std::string m_carry; // bytes of an incomplete sequence from the last chunk
    std::size_t m_consumed = 0;
    bool m_bomChecked = false;
};

} // namespace tessera::domain
