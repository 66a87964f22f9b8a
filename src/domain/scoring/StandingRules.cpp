#include "domain/scoring/StandingRules.h"

#include <algorithm>
#include <cmath>

namespace tessera::domain {
namespace {

double clamp100(double v) {
    return std::clamp(v, 0.0, 100.0);
}

} // namespace

std::string StandingRules::lifecycle(const storage::StandingFacts& f,
                                     const scoring::ScoringParameters& p, std::int32_t asOfDay) {
    const scoring::StandingSettings& s = p.standing;
    if (!f.lastPurchaseDay || !f.firstPurchaseDay)
        return "potential";
    if (asOfDay - *f.lastPurchaseDay >= s.churnedAfterDays ||
        (f.pAlive && *f.pAlive < s.churnedBelowPAlive))
        return "churned";
    if (asOfDay - *f.firstPurchaseDay < s.newCustomerDays)
        return "new";
    const double recent = static_cast<double>(f.recentCents);
    const double previous = static_cast<double>(f.previousCents);
    const bool rfmsFell =
        f.rfms && f.previousRfms && *f.previousRfms - *f.rfms >= p.warnings.rfmsDropPoints;
    if (rfmsFell || (previous > 0 && recent <= previous * (1.0 - s.trendChangeShare)))
        return "declining";
    if (recent > 0 && (previous <= 0 || recent >= previous * (1.0 + s.trendChangeShare)))
        return "growing";
    return "mature";
}

std::string StandingRules::loyalty(const storage::StandingFacts& f,
                                   const scoring::StandingSettings& s) {
    if (f.purchases >= s.commitmentPurchases) {
        const bool advocate = f.advocacy > 0 || (f.meanNps && *f.meanNps >= 9.0);
        return advocate ? "behaviour" : "commitment";
    }
    if (f.interactions >= s.evaluationInteractions || f.purchases > 0)
        return "evaluation";
    return "awareness";
}

int StandingRules::health(const storage::StandingFacts& f, const scoring::ScoringParameters& p,
                          std::int32_t asOfDay) {
    // Activity: full within 30 days of the last purchase or interaction,
    // nothing at twice the churn warning's inactivity.
    std::optional<std::int32_t> last = f.lastPurchaseDay;
    if (f.lastInteractionDay && (!last || *f.lastInteractionDay > *last))
        last = f.lastInteractionDay;
    double activity = 0;
    if (last) {
        const double idle = asOfDay - *last;
        const double zero = 2.0 * p.warnings.churnInactivityDays;
        activity = idle <= 30 ? 100.0 : clamp100(100.0 * (zero - idle) / (zero - 30.0));
    }
    // Value: P(alive), moved by the RFMS trend; without a score, the activity.
    double value = activity;
    if (f.pAlive) {
        const double trend = f.rfms && f.previousRfms ? 0.5 * (*f.rfms - *f.previousRfms) : 0.0;
        value = clamp100(100.0 * *f.pAlive + std::clamp(trend, -20.0, 20.0));
    }
    // Satisfaction: CSAT 1..5, else NPS 0..10; neutral without answers.
    double satisfaction = 60.0;
    if (f.meanCsat)
        satisfaction = clamp100((*f.meanCsat - 1.0) * 25.0);
    else if (f.meanNps)
        satisfaction = clamp100(*f.meanNps * 10.0);
    // Service: open tickets weigh, overdue ones more.
    const double service = clamp100(100.0 - 10.0 * static_cast<double>(f.unresolvedTickets) -
                                    20.0 * static_cast<double>(f.overdueTickets));
    const double score = 0.35 * activity + 0.25 * value + 0.20 * satisfaction + 0.20 * service;
    return static_cast<int>(std::lround(clamp100(score)));
}

Standing StandingRules::compute(const storage::StandingFacts& f,
                                const scoring::ScoringParameters& p, std::int32_t asOfDay) {
    return Standing{lifecycle(f, p, asOfDay), loyalty(f, p.standing), health(f, p, asOfDay)};
}

} // namespace tessera::domain
