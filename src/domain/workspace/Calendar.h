#pragma once

// Calendar days in the database's time zone: Tessera stores days as integers
// (days since 1970-01-01) and instants as milliseconds since the epoch.

#include <QByteArray>
#include <QDate>
#include <QTimeZone>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tessera::domain {

class Calendar {
public:
    explicit Calendar(const QByteArray& ianaTimeZone = QTimeZone::systemTimeZoneId());

    const QTimeZone& timeZone() const { return m_zone; }
    // The zone's IANA name, as screens that filter by date show it.
    QString zoneName() const;
    std::int32_t dayOf(std::int64_t epochMs) const;
    // Today in the database's zone (not the machine's): the day every
    // default date, filter and "as of today" starts from.
    std::int32_t today() const;
    // An instant as the database's wall clock: "yyyy-MM-dd HH:mm:ss" unless
    // another format is given, or ISO 8601 with the zone's offset.
    QString wallClock(std::int64_t epochMs,
                      const QString& format = QStringLiteral("yyyy-MM-dd HH:mm:ss")) const;
    QString isoInstant(std::int64_t epochMs) const;
    std::int64_t startOfDayMs(std::int32_t day) const;

    static std::int32_t dayFromDate(const QDate& date);
    static QDate dateFromDay(std::int32_t day);
    static QString isoDate(std::int32_t day);
    // The same yyyy-mm-dd as plain text, without Qt's date formatting: lists
    // of a million warnings print one per line.
    static std::string isoDay(std::int32_t day);

    // Parses yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd or yyyymmdd (the CDNOW form);
    // nullopt when the text is not a real calendar date.
    static std::optional<std::int32_t> parseDay(std::string_view text);

private:
    QTimeZone m_zone;
};

} // namespace tessera::domain
