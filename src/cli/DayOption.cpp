#include "cli/DayOption.h"

#include "domain/workspace/Calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <charconv>

namespace tessera::cli {

Result<std::int32_t> parseDayOption(const std::string& option, const std::string& text) {
    const auto day = domain::Calendar::parseDay(text);
    if (!day)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DayOption", "%1: '%2' is not a date; use "
                                                                  "yyyy-mm-dd.")
                             .arg(QString::fromStdString(option), QString::fromStdString(text))
                             .toStdString());
    return *day;
}

Result<std::int64_t> parseInstantOption(const std::string& option, const std::string& text,
                                        const domain::Calendar& calendar) {
    QString t = QString::fromStdString(text).trimmed();
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    QDateTime local;
    for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"}) {
        const QDateTime parsed = QDateTime::fromString(t, QLatin1String(format));
        if (parsed.isValid()) {
            local = QDateTime(parsed.date(), parsed.time(), calendar.timeZone());
            break;
        }
    }
    if (!local.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DayOption",
                                                     "%1: '%2' is not a date and time; use "
                                                     "\"yyyy-mm-dd HH:MM\" (the database's time "
                                                     "zone, %3).")
                             .arg(QString::fromStdString(option), QString::fromStdString(text),
                                  calendar.zoneName())
                             .toStdString());
    return local.toMSecsSinceEpoch();
}

Result<scoring::WindowSettings> parseWindowOption(const std::string& text) {
    scoring::WindowSettings window;
    if (text == "all") {
        window.allHistory = true;
        return window;
    }
    int days = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), days);
    if (ec != std::errc() || ptr != text.data() + text.size() || days < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DayOption", "--window: '%1' must be a number "
                                                                  "of days (1 or more) or 'all'.")
                             .arg(QString::fromStdString(text))
                             .toStdString());
    window.days = days;
    return window;
}

} // namespace tessera::cli
