#include "domain/files/TextEncoding.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace tessera::domain {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
const iconv_t kNoIconv = reinterpret_cast<iconv_t>(-1);

// Length of the UTF-8 sequence starting with `lead`, 0 when `lead` cannot start one.
int sequenceLength(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool validContinuation(const unsigned char* p, int length) {
    const unsigned char lead = p[0];
    for (int i = 1; i < length; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return false;
    // Reject overlong forms, surrogates and code points above U+10FFFF.
    if (lead == 0xE0 && p[1] < 0xA0)
        return false;
    if (lead == 0xED && p[1] > 0x9F)
        return false;
    if (lead == 0xF0 && p[1] < 0x90)
        return false;
    if (lead == 0xF4 && p[1] > 0x8F)
        return false;
    return true;
}

bool gbkDecodes(std::string_view sample, bool final) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == kNoIconv)
        return false;
    std::string out(sample.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(sample.data());
    std::size_t inLeft = sample.size();
    char* outPtr = out.data();
    std::size_t outLeft = out.size();
    const std::size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc != static_cast<std::size_t>(-1))
        return true;
    return errno == EINVAL && !final; // only an incomplete sequence at the cut
}

} // namespace

std::string_view encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Auto: return "auto";
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Gbk: return "gbk";
    }
    return "auto";
}

std::optional<TextEncoding> encodingFromName(std::string_view name) {
    std::string lower(name);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "auto")
        return TextEncoding::Auto;
    if (lower == "utf-8" || lower == "utf8")
        return TextEncoding::Utf8;
    if (lower == "gbk" || lower == "gb2312" || lower == "gb18030" || lower == "cp936")
        return TextEncoding::Gbk;
    return std::nullopt;
}

Utf8Scan scanUtf8(std::string_view bytes, bool final) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const int length = sequenceLength(p[i]);
        if (length == 0)
            return {i, true};
        if (i + length > n) {
            for (std::size_t k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return {i, true};
            return {i, final};
        }
        if (length > 1 && !validContinuation(p + i, length))
            return {i, true};
        i += length;
    }
    return {n, false};
}

Result<TextEncoding> detectEncoding(std::string_view sample, bool sampleIsWholeFile) {
    if (sample.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        return TextEncoding::Utf8;
    if (!scanUtf8(sample, sampleIsWholeFile).invalid)
        return TextEncoding::Utf8;
    if (gbkDecodes(sample, sampleIsWholeFile))
        return TextEncoding::Gbk;
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "TextEncoding",
                         "The file is neither UTF-8 nor GBK text. Save it as UTF-8 (CSV UTF-8 in "
                         "spreadsheet programs) and import it again.")
                         .toStdString());
}

Result<std::unique_ptr<Utf8Converter>> Utf8Converter::create(TextEncoding encoding) {
    std::unique_ptr<Utf8Converter> converter(new Utf8Converter(encoding));
    if (encoding == TextEncoding::Gbk) {
        converter->m_iconv = iconv_open("UTF-8", "GB18030");
        if (converter->m_iconv == kNoIconv)
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("TextEncoding", "This system cannot convert GBK text.")
                    .toStdString());
    }
    return converter;
}

Utf8Converter::~Utf8Converter() {
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
}

Status Utf8Converter::convert(std::string_view chunk, bool final, std::string& out) {
    std::string joined;
    if (!m_carry.empty()) {
        joined = m_carry + std::string(chunk);
        chunk = joined;
        m_carry.clear();
    }
    if (!m_bomChecked && (chunk.size() >= kUtf8Bom.size() || final)) {
        m_bomChecked = true;
        if (chunk.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
            chunk.remove_prefix(kUtf8Bom.size());
            m_consumed += kUtf8Bom.size();
        }
    }
    if (m_encoding != TextEncoding::Gbk) {
        const Utf8Scan scan = scanUtf8(chunk, final);
        if (scan.invalid)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "TextEncoding",
                    "The file is not valid UTF-8 (at byte %1). If it was saved as GBK, "
                    "import it with the GBK encoding.")
                    .arg(m_consumed + scan.complete)
                    .toStdString());
        out.append(chunk.substr(0, scan.complete));
        m_carry.assign(chunk.substr(scan.complete));
        m_consumed += scan.complete;
        return {};
    }
    char* in = const_cast<char*>(chunk.data());
    std::size_t inLeft = chunk.size();
    while (inLeft > 0) {
        char buffer[16384];
        char* outPtr = buffer;
        std::size_t outLeft = sizeof buffer;
        const std::size_t rc =
            iconv(static_cast<iconv_t>(m_iconv), &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer, static_cast<std::size_t>(outPtr - buffer));
        if (rc != static_cast<std::size_t>(-1) || errno == E2BIG)
            continue;
        const std::size_t offset = m_consumed + (chunk.size() - inLeft);
        if (errno == EINVAL && !final) {
            m_carry.assign(in, inLeft);
            break;
        }
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "TextEncoding",
                             "The file is not valid GBK text (at byte %1). Check its encoding and "
                             "save it as UTF-8 or GBK.")
                             .arg(offset)
                             .toStdString());
    }
    m_consumed += chunk.size() - m_carry.size();
    return {};
}

} // namespace tessera::domain
