#include "domain/kpi/SurveyInsights.h"

#include "domain/scoring/ProfileService.h"
#include "scoring/survey/CronbachAlpha.h"
#include "scoring/survey/RelativeWeights.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace tessera::domain {

Result<std::vector<DimensionReliability>> SurveyInsights::reliability(const KpiRequest& request) {
    KpiService kpis(m_ws);
    auto scope = kpis.scopeOf(request);
    if (!scope)
        return scope.error();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const double minimum = profile->parameters.warnings.cronbachAlphaMinimum;
    auto answers = storage::KpiRepository(m_ws.db()).answers(request.days(m_ws.calendar()), *scope);
    if (!answers)
        return answers.error();
    std::vector<DimensionReliability> out;
    // Answers come by dimension, then response: one matrix per dimension,
    // a row per response, a column per item (NaN where unanswered).
    auto begin = answers->begin();
    for (int dimension = 1; dimension <= 5; ++dimension) {
        auto end = std::find_if(begin, answers->end(),
                                [&](const auto& a) { return a.dimension != dimension; });
        std::map<std::int64_t, int> rows;
        int items = 0;
        for (auto it = begin; it != end; ++it) {
            rows.emplace(it->responseId, static_cast<int>(rows.size()));
            items = std::max(items, it->item);
        }
        Eigen::MatrixXd matrix =
            Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(rows.size()), items, kNaN);
        for (auto it = begin; it != end; ++it)
            matrix(rows[it->responseId], it->item - 1) = it->value;
        begin = end;
        DimensionReliability r;
        r.dimension = dimension;
        r.key = dimensionKeys()[dimension - 1];
        r.items = items;
        for (Eigen::Index row = 0; row < matrix.rows(); ++row)
            r.respondents += matrix.row(row).allFinite();
        r.alpha = scoring::cronbachAlpha(matrix);
        r.flagged = std::isfinite(r.alpha) && r.alpha < minimum; // undefined: not shown
        out.push_back(r);
    }
    return out;
}

Result<KeyDrivers> SurveyInsights::drivers(const KpiRequest& request) {
    KpiService kpis(m_ws);
    auto scope = kpis.scopeOf(request);
    if (!scope)
        return scope.error();
    auto rows = storage::KpiRepository(m_ws.db()).drivers(request.days(m_ws.calendar()), *scope);
    if (!rows)
        return rows.error();
    // Candidates: the five dimensions and CES, each kept only when someone
    // answered it, so a survey without CES still ranks the dimensions.
    std::vector<std::string> keys;
    std::vector<std::function<double(const storage::DriverRow&)>> columns;
    for (int d = 0; d < 5; ++d) {
        keys.push_back(dimensionKeys()[d]);
        columns.push_back([d](const storage::DriverRow& r) { return r.dimensions[d]; });
    }
    keys.push_back("ces");
    columns.push_back([](const storage::DriverRow& r) { return r.ces; });
    std::vector<std::size_t> used;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (std::any_of(rows->begin(), rows->end(),
                        [&](const auto& r) { return std::isfinite(columns[c](r)); }))
            used.push_back(c);
    const auto n = static_cast<Eigen::Index>(rows->size());
    Eigen::MatrixXd x(n, static_cast<Eigen::Index>(used.size()));
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        y[i] = (*rows)[i].nps;
        for (std::size_t c = 0; c < used.size(); ++c)
            x(i, static_cast<Eigen::Index>(c)) = columns[used[c]]((*rows)[i]);
    }
    KeyDrivers out;
    const scoring::RelativeWeights weights = scoring::relativeWeights(x, y);
    out.respondents = weights.n;
    out.rSquared = weights.rSquared;
    for (std::size_t c = 0; c < used.size(); ++c) {
        Driver d;
        d.key = keys[used[c]];
        const auto column = static_cast<Eigen::Index>(c);
        if (weights.raw.size() > column) {
            d.rawWeight = weights.raw[column];
            d.importance = weights.share[column];
        }
        double sum = 0.0;
        std::int64_t count = 0;
        for (Eigen::Index i = 0; i < n; ++i)
            if (std::isfinite(x(i, column))) {
                sum += x(i, column);
                ++count;
            }
        if (count > 0)
            d.performance = sum / count;
        out.drivers.push_back(d);
    }
    // The quadrant splits at the drivers' average importance and performance.
    double importance = 0.0;
    double performance = 0.0;
    int measured = 0;
    for (const Driver& d : out.drivers)
        if (std::isfinite(d.importance) && std::isfinite(d.performance)) {
            importance += d.importance;
            performance += d.performance;
            ++measured;
        }
    for (Driver& d : out.drivers) {
        if (!measured || !std::isfinite(d.importance) || !std::isfinite(d.performance))
            continue;
        const bool important = d.importance >= importance / measured;
        const bool strong = d.performance >= performance / measured;
        d.quadrant = important ? (strong ? "keep_up" : "act_first")
                               : (strong ? "possible_overkill" : "low_priority");
    }
    std::stable_sort(out.drivers.begin(), out.drivers.end(), [](const Driver& a, const Driver& b) {
        return (std::isfinite(a.importance) ? a.importance : -1.0) >
               (std::isfinite(b.importance) ? b.importance : -1.0);
    });
    return out;
}

QString SurveyInsights::quadrantLabel(const std::string& quadrant) {
    if (quadrant == "act_first")
        return tr("Act first");
    if (quadrant == "keep_up")
        return tr("Keep up");
    if (quadrant == "possible_overkill")
        return tr("Possible overkill");
    if (quadrant == "low_priority")
        return tr("Low priority");
    return tr("Not enough answers");
}

} // namespace tessera::domain
