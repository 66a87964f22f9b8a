#pragma once

// Conversions between the domain's UTF-8 std::string and Qt's QString, used
// wherever domain values meet widgets.

#include <QString>
#include <optional>
#include <string>

namespace tessera::app {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

inline QString qs(const std::optional<std::string>& text) {
    return text ? QString::fromStdString(*text) : QString();
}

inline std::string ss(const QString& text) {
    return text.toStdString();
}

// Empty text means "no value" for the optional personal-data fields.
inline std::optional<std::string> optionalText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed.toStdString();
}

} // namespace tessera::app
