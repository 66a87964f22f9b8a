#pragma once

// Calendar days in the database's time zone: Tessera stores days as integers
// (days since 1970-01-01) and instants as milliseconds since the epoch.

#include <QByteArray>
#include <QDate>
#include <QTimeZone>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tessera::domain {

class Calendar {
public:
    explicit Calendar(const QByteArray& ianaTimeZone = QTimeZone::systemTimeZoneId());

    const QTimeZone& timeZone() const { return m_zone; }
    std::int32_t dayOf(std::int64_t epochMs) const;
    std::int32_t today() const;
    std::int64_t startOfDayMs(std::int32_t day) const;

    static std::int32_t dayFromDate(const QDate& date);
    static QDate dateFromDay(std::int32_t day);
    static QString isoDate(std::int32_t day);

    // Parses yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd or yyyymmdd (the CDNOW form);
    // nullopt when the text is not a real calendar date.
    static std::optional<std::int32_t> parseDay(std::string_view text);

private:
    QTimeZone m_zone;
};

} // namespace tessera::domain
