#pragma once

// The period a KPI is measured over: a month ("2026-10"), a quarter
// ("2026Q3") or a year ("2026") of the database's calendar, and the period
// of the same kind just before it, which changes and alerts compare with.

#include "common/Result.h"
#include "domain/workspace/Calendar.h"
#include "storage/kpi/KpiQuery.h"

#include <QCoreApplication>
#include <string>

namespace tessera::domain {

class KpiPeriod {
    Q_DECLARE_TR_FUNCTIONS(KpiPeriod)

public:
    enum class Kind { Month, Quarter, Year };

    KpiPeriod() = default; // January 1970, until parsed

    static Result<KpiPeriod> parse(const std::string& text);
    // The month, quarter or year holding `day`.
    static KpiPeriod containing(Kind kind, std::int32_t day);

    Kind kind() const { return m_kind; }
    std::string label() const; // as parse() reads it
    std::int32_t firstDay() const;
    std::int32_t lastDay() const;
    KpiPeriod previous() const;
    // The bounds as the storage queries take them, instants in `calendar`'s zone.
    storage::KpiDays days(const Calendar& calendar) const;

    bool operator==(const KpiPeriod&) const = default;

private:
    KpiPeriod(Kind kind, int year, int number) : m_kind(kind), m_year(year), m_number(number) {}
    int months() const; // 1, 3 or 12
    QDate firstDate() const;

    Kind m_kind = Kind::Month;
    int m_year = 1970;
    int m_number = 1; // month 1..12, quarter 1..4, 1 for a year
};

} // namespace tessera::domain
