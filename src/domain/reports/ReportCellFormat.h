#pragma once

// How a report cell reads in each kind of file: plain() for CSV (stored keys,
// numbers with a decimal point and no grouping, shares as fractions), and
// display() for people (translated tier and segment names, numbers in the
// user's locale, shares as percentages). Made once per written file: it holds
// the translated names, which a million rows would otherwise look up again
// and again.

#include "domain/records/Vocabulary.h"
#include "domain/reports/ReportTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <string>
#include <vector>

namespace tessera::domain {

class ReportCellFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportCellFormat)

public:
    ReportCellFormat();

    // Into `out`, reusing its buffer (a CSV writes millions of cells).
    static void plain(const ReportColumn& column, const ReportCell& cell, std::string& out);
    QString display(const ReportColumn& column, const ReportCell& cell) const;
    // The translated name of a key of a Tier, Segment or Movement column.
    QString label(ReportValueKind kind, const std::string& key) const;
    // `value` with exactly `decimals` decimals, a point and no grouping.
    static std::string fixed(double value, int decimals);
    // Decimals a number of this kind is shown with.
    static int decimals(ReportValueKind kind);

    // The key of a Tier cell that totals every tier.
    static constexpr const char* kAllTiers = "total";

private:
    std::vector<Term> m_tiers;
    std::vector<Term> m_segments;
    QLocale m_locale;
};

} // namespace tessera::domain
