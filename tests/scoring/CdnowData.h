#pragma once

// Test helper: the CDNOW files of tests/data as engine inputs.

#include "scoring/ScoringInputs.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace tessera::scoring::test {

// Days since 1970-01-01 of a calendar date.
inline std::int32_t dayNumber(int year, unsigned month, unsigned day) {
    using namespace std::chrono;
    const sys_days date =
        year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    return static_cast<std::int32_t>(date.time_since_epoch().count());
}

struct CdnowTransactions {
    TransactionColumns rows;
    std::int32_t customerCount = 0;
    std::vector<long> customerId; // the file's id of each dense index
};

// CDNOW_sample.txt (id, sample id, yyyymmdd, CDs, dollars): customers are
// indexed by sample id - 1, so index i is row i + 1 of the summary CSV.
CdnowTransactions readCdnowSample();

struct CdnowSummaryRow {
    long id = 0;
    int x = 0;
    double tx = 0, T = 0, zbar = 0;
};

// cdnow_customers_summary_with_transactions.csv (published, 2 decimals).
std::vector<CdnowSummaryRow> readCdnowSummary();

std::string testDataPath(const std::string& name);

} // namespace tessera::scoring::test
