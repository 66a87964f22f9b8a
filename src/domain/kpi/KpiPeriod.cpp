#include "domain/kpi/KpiPeriod.h"

#include <QRegularExpression>

namespace tessera::domain {

Result<KpiPeriod> KpiPeriod::parse(const std::string& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{1,2})|[Qq]([1-4]))?$"));
    const auto match = pattern.match(QString::fromStdString(text).trimmed());
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (!match.hasMatch() || year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a period; give a month (2026-10), a quarter (2026Q3) or "
                            "a year (2026).")
                             .arg(QString::fromStdString(text))
                             .toStdString());
    if (!match.captured(2).isEmpty()) {
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' has no month %2; months run from 01 to 12.")
                                 .arg(QString::fromStdString(text))
                                 .arg(month)
                                 .toStdString());
        return KpiPeriod(Kind::Month, year, month);
    }
    if (!match.captured(3).isEmpty())
        return KpiPeriod(Kind::Quarter, year, match.captured(3).toInt());
    return KpiPeriod(Kind::Year, year, 1);
}

KpiPeriod KpiPeriod::containing(Kind kind, std::int32_t day) {
    const QDate date = Calendar::dateFromDay(day);
    switch (kind) {
    case Kind::Month: return KpiPeriod(kind, date.year(), date.month());
    case Kind::Quarter: return KpiPeriod(kind, date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Year: break;
    }
    return KpiPeriod(Kind::Year, date.year(), 1);
}

std::string KpiPeriod::label() const {
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_number, 2, 10, QChar('0')).toStdString();
    case Kind::Quarter: return QStringLiteral("%1Q%2").arg(m_year).arg(m_number).toStdString();
    case Kind::Year: break;
    }
    return std::to_string(m_year);
}

int KpiPeriod::months() const {
    return m_kind == Kind::Month ? 1 : m_kind == Kind::Quarter ? 3 : 12;
}

QDate KpiPeriod::firstDate() const {
    const int month = m_kind == Kind::Month     ? m_number
                      : m_kind == Kind::Quarter ? m_number * 3 - 2
                                                : 1;
    return QDate(m_year, month, 1);
}

std::int32_t KpiPeriod::firstDay() const {
    return Calendar::dayFromDate(firstDate());
}

std::int32_t KpiPeriod::lastDay() const {
    return Calendar::dayFromDate(firstDate().addMonths(months())) - 1;
}

KpiPeriod KpiPeriod::previous() const {
    const QDate before = firstDate().addDays(-1);
    return containing(m_kind, Calendar::dayFromDate(before));
}

storage::KpiDays KpiPeriod::days(const Calendar& calendar) const {
    storage::KpiDays d;
    d.firstDay = firstDay();
    d.lastDay = lastDay();
    d.startMs = calendar.startOfDayMs(d.firstDay);
    d.endMs = calendar.startOfDayMs(d.lastDay + 1);
    return d;
}

} // namespace tessera::domain
