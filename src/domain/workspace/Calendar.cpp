#include "domain/workspace/Calendar.h"

#include <QDateTime>
#include <algorithm>
#include <charconv>

namespace tessera::domain {
namespace {

const QDate kEpoch(1970, 1, 1);

bool parseNumber(std::string_view text, int& out) {
    if (text.empty())
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

Calendar::Calendar(const QByteArray& ianaTimeZone) : m_zone(ianaTimeZone) {
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

QString Calendar::zoneName() const {
    return QString::fromUtf8(m_zone.id());
}

QString Calendar::wallClock(std::int64_t epochMs, const QString& format) const {
    return QDateTime::fromMSecsSinceEpoch(epochMs, m_zone).toString(format);
}

QString Calendar::isoInstant(std::int64_t epochMs) const {
    return QDateTime::fromMSecsSinceEpoch(epochMs, m_zone).toString(Qt::ISODate);
}

std::int32_t Calendar::dayOf(std::int64_t epochMs) const {
    return dayFromDate(QDateTime::fromMSecsSinceEpoch(epochMs, m_zone).date());
}

std::int32_t Calendar::today() const {
    return dayOf(QDateTime::currentMSecsSinceEpoch());
}

std::int64_t Calendar::startOfDayMs(std::int32_t day) const {
    return dateFromDay(day).startOfDay(m_zone).toMSecsSinceEpoch();
}

std::int32_t Calendar::dayFromDate(const QDate& date) {
    return static_cast<std::int32_t>(kEpoch.daysTo(date));
}

QDate Calendar::dateFromDay(std::int32_t day) {
    return kEpoch.addDays(day);
}

QString Calendar::isoDate(std::int32_t day) {
    return QString::fromLatin1(isoDay(day));
}

std::string Calendar::isoDay(std::int32_t day) {
    // Days to the proleptic Gregorian date (H. Hinnant's civil_from_days).
    const std::int64_t z = static_cast<std::int64_t>(day) + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    // Qt's form (no year 0, nothing past 9999) outside the four-digit years.
    if (y < 1 || y > 9999)
        return dateFromDay(day).toString(Qt::ISODate).toStdString();
    char text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, static_cast<int>(y), 4);
    text[4] = '-';
    put(5, m, 2);
    text[7] = '-';
    put(8, d, 2);
    return std::string(text, sizeof text);
}

std::optional<std::int32_t> Calendar::parseDay(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    int year = 0, month = 0, day = 0;
    const bool compact = text.size() == 8 && std::all_of(text.begin(), text.end(), [](char c) {
                             return c >= '0' && c <= '9';
                         });
    if (compact) {
        if (!parseNumber(text.substr(0, 4), year) || !parseNumber(text.substr(4, 2), month) ||
            !parseNumber(text.substr(6, 2), day))
            return std::nullopt;
    } else if (text.size() >= 8 && text.size() <= 10) {
        const char separator = text[4];
        if (separator != '-' && separator != '/' && separator != '.')
            return std::nullopt;
        const auto second = text.find(separator, 5);
        if (second == std::string_view::npos || !parseNumber(text.substr(0, 4), year) ||
            !parseNumber(text.substr(5, second - 5), month) ||
            !parseNumber(text.substr(second + 1), day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    return dayFromDate(date);
}

} // namespace tessera::domain
