#pragma once

// The scoring columns of an exported portfolio: each customer's numbers from
// the newest scoring run, and the run itself (number, as-of date, profile
// version) on every row, so a tier report names what produced it even after
// it has been cut, sorted or pasted elsewhere.

#include "storage/scoring/ScoringRecords.h"

#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

class TierReportColumns {
public:
    explicit TierReportColumns(std::optional<storage::ScoringRunRecord> run)
        : m_run(std::move(run)) {}

    // Empty when nothing was scored yet: the export then has no scoring columns.
    std::vector<std::string> header() const;
    // One value per header column; empty cells for a customer the run did not score.
    std::vector<std::string> fields(const std::optional<storage::CustomerScoreRecord>& score) const;

    // The four RFM-S scores as one code, e.g. "5-4-5-2".
    static std::string rfmCode(const storage::CustomerScoreRecord& score);

private:
    std::optional<storage::ScoringRunRecord> m_run;
};

} // namespace tessera::domain
