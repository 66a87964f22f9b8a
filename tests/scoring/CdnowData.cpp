#include "CdnowData.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tessera::scoring::test {

std::string testDataPath(const std::string& name) {
    return std::string(TESSERA_TEST_DATA_DIR) + "/" + name;
}

static std::int32_t parseDate(long yyyymmdd) {
    return dayNumber(static_cast<int>(yyyymmdd / 10000),
                     static_cast<unsigned>(yyyymmdd / 100 % 100),
                     static_cast<unsigned>(yyyymmdd % 100));
}

CdnowTransactions readCdnowSample() {
    std::ifstream in(testDataPath("CDNOW_sample.txt"));
    if (!in)
        throw std::runtime_error("cannot open CDNOW_sample.txt");
    CdnowTransactions data;
    long id = 0, sampleId = 0, date = 0, cds = 0;
    double dollars = 0;
    while (in >> id >> sampleId >> date >> cds >> dollars) {
        const auto index = static_cast<std::int32_t>(sampleId - 1);
        if (index >= data.customerCount) {
            data.customerCount = index + 1;
            data.customerId.resize(static_cast<std::size_t>(data.customerCount));
        }
        data.customerId[static_cast<std::size_t>(index)] = id;
        data.rows.add(index, parseDate(date), dollars);
    }
    return data;
}

std::vector<CdnowSummaryRow> readCdnowSummary() {
    std::ifstream in(testDataPath("cdnow_customers_summary_with_transactions.csv"));
    if (!in)
        throw std::runtime_error("cannot open the CDNOW summary");
    std::string line;
    std::getline(in, line); // header
    std::vector<CdnowSummaryRow> rows;
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r")
            continue;
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream fields(line);
        CdnowSummaryRow row;
        fields >> row.id >> row.x >> row.tx >> row.T >> row.zbar;
        rows.push_back(row);
    }
    return rows;
}

} // namespace tessera::scoring::test
