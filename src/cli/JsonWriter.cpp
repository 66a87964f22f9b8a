#include "cli/JsonWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <charconv>

namespace tessera::cli {

void JsonWriter::indent(std::size_t levels) {
    m_text.append(4 * levels, ' ');
}

// A value in an array starts on its own line, after a comma unless it is the
// first; an object member's value follows its key.
void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back())
        m_text += ",\n";
    m_hasItems.back() = true;
    indent(m_hasItems.size());
}

void JsonWriter::begin(char bracket) {
    beforeValue();
    m_text += bracket;
    m_text += '\n';
    m_hasItems.push_back(false);
}

void JsonWriter::end(char bracket) {
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems)
        m_text += '\n';
    indent(m_hasItems.size());
    m_text += bracket;
    if (m_hasItems.empty())
        m_text += '\n';
}

JsonWriter& JsonWriter::beginArray() {
    begin('[');
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    end(']');
    return *this;
}

JsonWriter& JsonWriter::beginObject() {
    begin('{');
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    end('}');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    beforeValue();
    escaped(name);
    m_text += ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    beforeValue();
    if (QByteArrayView(text.data(), static_cast<qsizetype>(text.size())).isValidUtf8()) {
        escaped(text);
    } else {
        // Rare (text is stored as UTF-8): replaced the way QJsonDocument would.
        const QByteArray valid =
            QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toUtf8();
        escaped(std::string_view(valid.constData(), static_cast<std::size_t>(valid.size())));
    }
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_text.append(digits, result.ptr);
    return *this;
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    m_text += "null";
    return *this;
}

// The escapes QJsonDocument writes: quote, backslash, the short forms of
// control characters and \u00xx for the others; everything else as is.
void JsonWriter::escaped(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    m_text += '"';
    std::size_t plain = 0; // start of the run not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_text.append(text.substr(plain, i - plain));
        plain = i + 1;
        m_text += '\\';
        switch (c) {
        case '"': m_text += '"'; break;
        case '\\': m_text += '\\'; break;
        case '\b': m_text += 'b'; break;
        case '\f': m_text += 'f'; break;
        case '\n': m_text += 'n'; break;
        case '\r': m_text += 'r'; break;
        case '\t': m_text += 't'; break;
        default:
            m_text += "u00";
            m_text += kHex[c >> 4];
            m_text += kHex[c & 0xf];
        }
    }
    m_text.append(text.substr(plain));
    m_text += '"';
}

} // namespace tessera::cli
