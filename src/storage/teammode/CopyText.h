#pragma once

// PostgreSQL's COPY text format, both ways: fields separated by tabs, rows by
// newlines, NULL as \N, backslash escapes for the separators, bytea as \\x
// and hex. The copy writes file values in it; the check reads the server's
// rows back from it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

void appendCopyNull(std::string& out);
void appendCopyInteger(std::string& out, std::int64_t value);
// The shortest text that reads back as the same double.
void appendCopyReal(std::string& out, double value);
void appendCopyText(std::string& out, std::string_view text);
void appendCopyBytea(std::string& out, std::string_view bytes);

// One COPY text row split into its fields, escapes undone; nullopt for \N.
// A bytea field comes back as its "\x..." text: see decodeByteaHex.
std::vector<std::optional<std::string>> splitCopyRow(std::string_view line);

// "\x0aff..." (bytea's hex output) as the bytes it stands for.
std::string decodeByteaHex(std::string_view hex);

} // namespace tessera::storage
