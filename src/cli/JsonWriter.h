#pragma once

// JSON text written straight into one buffer, in the layout of
// QJsonDocument::Indented (four spaces a level, "key": value), for lists too
// long to build as a QJsonArray first: a million warnings as QJsonObjects took
// longer to print than to find. Keys come out in the order written; writers
// give them alphabetically, as QJsonObject keeps them, so that both forms of
// the same record are the same text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::cli {

class JsonWriter {
public:
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& beginObject();
    JsonWriter& endObject();
    // The name of the next member of the open object.
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text); // UTF-8; invalid bytes become U+FFFD, as in Qt
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& null();

    // The document so far; complete (ending in a newline) once the outermost
    // array or object is closed.
    const std::string& text() const { return m_text; }
    // Forgets the text so far (once written out) and goes on with the same
    // document in the same buffer: a long document goes out in pieces
    // instead of in one buffer as large as itself.
    void clearText() { m_text.clear(); }
    void reserve(std::size_t bytes) { m_text.reserve(bytes); }

private:
    void beforeValue();
    void begin(char bracket);
    void end(char bracket);
    void indent(std::size_t levels);
    void escaped(std::string_view text);

    std::string m_text;
    std::vector<bool> m_hasItems; // per open array or object
    bool m_afterKey = false;
};

} // namespace tessera::cli
