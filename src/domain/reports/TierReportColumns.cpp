#include "domain/reports/TierReportColumns.h"

#include "domain/workspace/Calendar.h"
#include "domain/reports/ReportCellFormat.h"

namespace tessera::domain {
namespace {

std::string number(double value, int decimals) {
    return ReportCellFormat::fixed(value, decimals);
}

std::string optionalNumber(const std::optional<double>& value, int decimals) {
    return value ? number(*value, decimals) : std::string();
}

} // namespace

std::vector<std::string> TierReportColumns::header() const {
    if (!m_run)
        return {};
    return {"tier", "rfm_code", "segment",     "rfms",  "crmv",           "tier_score",
            "clv",  "p_alive",  "scoring_run", "as_of", "profile_version"};
}

std::vector<std::string>
TierReportColumns::fields(const std::optional<storage::CustomerScoreRecord>& score) const {
    if (!m_run)
        return {};
    std::vector<std::string> out(8);
    if (score) {
        const auto& s = *score;
        out = {s.tier,
               rfmCode(s),
               s.segment,
               number(s.rfms, 1),
               optionalNumber(s.crmv, 1),
               number(s.tierScore, 1),
               optionalNumber(s.clv, 2),
               optionalNumber(s.pAlive, 4)};
    }
    out.insert(out.end(),
               {std::to_string(m_run->id), Calendar::isoDate(m_run->asOfDay).toStdString(),
                std::to_string(m_run->profileVersion)});
    return out;
}

std::string TierReportColumns::rfmCode(const storage::CustomerScoreRecord& s) {
    return std::to_string(s.scoreR) + "-" + std::to_string(s.scoreF) + "-" +
           std::to_string(s.scoreM) + "-" + std::to_string(s.scoreS);
}

} // namespace tessera::domain
