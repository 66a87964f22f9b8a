#pragma once

// What a tier report shows, in which order and under which headings, the same
// for every format: the facts that say what produced it (run, as-of date,
// profile version, who, when), then the tier distribution, the owners, the
// movements between the two runs and the customers who moved, and the
// customer list with the scoring columns of TierReportColumns.

#include "domain/reports/ReportTable.h"
#include "domain/reports/TierReport.h"

#include <QCoreApplication>

namespace tessera::domain {

class TierReportLayout {
    Q_DECLARE_TR_FUNCTIONS(TierReportLayout)

public:
    static ReportDocument document(const TierReport& report);

private:
    static QString title(const TierReport& report);
    static std::vector<ReportFact> facts(const TierReport& report);
    static QString scope(const TierReport& report);
    static void appendTotalsColumns(std::vector<ReportColumn>& columns);
    static ReportTable tierTable(const TierReport& report);
    static ReportTable ownerTable(const TierReport& report);
    static ReportTable movementTable(const TierMovements& movements);
    static ReportTable movedCustomerTable(const TierReport& report);
    static ReportTable customerTable(const TierReport& report);
};

} // namespace tessera::domain
