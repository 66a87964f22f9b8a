#include "storage/scoring/ScoreColumns.h"

#include <array>

namespace tessera::storage {
namespace {

constexpr std::array<std::string_view, 27> kColumns = {"run_id",
                                                       "customer_id",
                                                       "recency_days",
                                                       "frequency",
                                                       "monetary",
                                                       "social",
                                                       "score_r",
                                                       "score_f",
                                                       "score_m",
                                                       "score_s",
                                                       "rfms",
                                                       "segment",
                                                       "cluster",
                                                       "q1",
                                                       "q2",
                                                       "q3",
                                                       "q4",
                                                       "q5",
                                                       "y",
                                                       "crmv",
                                                       "weight_rule",
                                                       "tier_score",
                                                       "tier",
                                                       "p_alive",
                                                       "expected_purchases",
                                                       "expected_value",
                                                       "clv"};

std::optional<double> optionalReal(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return s.real(column);
}

} // namespace

std::vector<std::string> scoreColumnNames() {
    return {kColumns.begin(), kColumns.end()};
}

std::string scoreColumns(std::string_view alias) {
    std::string out;
    for (std::string_view column : kColumns) {
        if (!out.empty())
            out += ", ";
        if (!alias.empty())
            out.append(alias).append(".");
        out.append(column);
    }
    return out;
}

CustomerScoreRecord readScore(const Statement& s, int first) {
    CustomerScoreRecord r;
    int i = first;
    r.runId = s.int64(i++);
    r.customerId = s.int64(i++);
    r.recencyDays = s.optionalInt64(i++);
    r.frequency = s.int64(i++);
    r.monetary = s.real(i++);
    r.social = s.real(i++);
    r.scoreR = s.int32(i++);
    r.scoreF = s.int32(i++);
    r.scoreM = s.int32(i++);
    r.scoreS = s.int32(i++);
    r.rfms = s.real(i++);
    r.segment = s.text(i++);
    r.cluster = s.int32(i++);
    for (auto& q : r.q)
        q = optionalReal(s, i++);
    r.y = optionalReal(s, i++);
    r.crmv = optionalReal(s, i++);
    r.weightRule = s.text(i++);
    r.tierScore = s.real(i++);
    r.tier = s.text(i++);
    r.pAlive = optionalReal(s, i++);
    r.expectedPurchases = optionalReal(s, i++);
    r.expectedValue = optionalReal(s, i++);
    r.clv = optionalReal(s, i++);
    return r;
}

} // namespace tessera::storage
