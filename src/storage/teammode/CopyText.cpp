#include "storage/teammode/CopyText.h"

#include <charconv>
#include <cmath>

namespace tessera::storage {
namespace {

constexpr char kHex[] = "0123456789abcdef";

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

} // namespace

void appendCopyNull(std::string& out) {
    out += "\\N";
}

void appendCopyInteger(std::string& out, std::int64_t value) {
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void appendCopyReal(std::string& out, double value) {
    if (std::isinf(value)) {
        out += value > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void appendCopyText(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

void appendCopyBytea(std::string& out, std::string_view bytes) {
    // bytea's input "\x..." with the backslash itself escaped for COPY.
    out += "\\\\x";
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
}

std::vector<std::optional<std::string>> splitCopyRow(std::string_view line) {
    std::vector<std::optional<std::string>> fields;
    std::string field;
    bool isNull = false;
    auto finish = [&] {
        fields.push_back(isNull ? std::nullopt : std::optional<std::string>(field));
        field.clear();
        isNull = false;
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            finish();
            continue;
        }
        if (c != '\\' || i + 1 == line.size()) {
            field += c;
            continue;
        }
        const char next = line[++i];
        switch (next) {
        case 'N': isNull = true; break;
        case 't': field += '\t'; break;
        case 'n': field += '\n'; break;
        case 'r': field += '\r'; break;
        case 'b': field += '\b'; break;
        case 'f': field += '\f'; break;
        case 'v': field += '\v'; break;
        default: field += next; // \\ and any other escaped character
        }
    }
    finish();
    return fields;
}

std::string decodeByteaHex(std::string_view hex) {
    std::string bytes;
    if (hex.starts_with("\\x"))
        hex.remove_prefix(2);
    bytes.reserve(hex.size() / 2);
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes += static_cast<char>(hexValue(hex[i]) * 16 + hexValue(hex[i + 1]));
    return bytes;
}

} // namespace tessera::storage
