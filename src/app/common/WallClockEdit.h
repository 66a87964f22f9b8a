#pragma once

// Date-time editors that show the database's wall clock whatever the
// machine's zone (Qt 6.4's QDateTimeEdit has no time zone of its own): the
// editor holds the wall time as if it were UTC, and these convert.

#include "domain/workspace/Calendar.h"

#include <QDateTime>
#include <QDateTimeEdit>

namespace tessera::app {

inline QDateTime wallClockOf(std::int64_t epochMs, const domain::Calendar& calendar) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, calendar.timeZone());
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

inline std::int64_t instantOf(const QDateTime& wallClock, const domain::Calendar& calendar) {
    return QDateTime(wallClock.date(), wallClock.time(), calendar.timeZone()).toMSecsSinceEpoch();
}

// Sets `edit` to `epochMs`, latest `maximumMs`, in the database's wall clock.
inline void setWallClock(QDateTimeEdit* edit, std::int64_t epochMs, std::int64_t maximumMs,
                         const domain::Calendar& calendar) {
    edit->setTimeSpec(Qt::UTC);
    edit->setMaximumDateTime(wallClockOf(maximumMs, calendar));
    edit->setDateTime(wallClockOf(epochMs, calendar));
    edit->setToolTip(QDateTimeEdit::tr("In the database's time zone, %1").arg(calendar.zoneName()));
}

} // namespace tessera::app
