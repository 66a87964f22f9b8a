#include "scoring/ScoringParameters.h"

#include "scoring/TextFormat.h"

#include <cmath>

namespace tessera::scoring {

namespace {

class Checker {
public:
    void require(bool condition, std::string message) {
        if (!condition)
            m_messages.push_back(std::move(message));
    }
    void append(const std::vector<std::string>& messages) {
        m_messages.insert(m_messages.end(), messages.begin(), messages.end());
    }
    std::vector<std::string> take() { return std::move(m_messages); }

private:
    std::vector<std::string> m_messages;
};

bool isUnitInterval(double value) {
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

void checkWindow(const WindowSettings& window, Checker& check) {
    check.require(window.allHistory || window.days >= 1,
                  "The window must cover at least 1 day (or choose all history); it is " +
                      text::number(window.days) + " days.");
}

void checkRfmsWeights(const RfmsWeights& w, Checker& check) {
    const double weights[] = {w.recency, w.frequency, w.monetary, w.social};
    const char* names[] = {"recency", "frequency", "monetary", "social"};
    double sum = 0.0;
    for (int d = 0; d < 4; ++d) {
        check.require(std::isfinite(weights[d]) && weights[d] >= 0.0,
                      std::string("The RFMS ") + names[d] + " weight must be 0 or more; it is " +
                          text::number(weights[d]) + ".");
        sum += weights[d];
    }
    check.require(std::abs(sum - 1.0) <= 1e-9,
                  "The RFMS weights must sum to 1; they sum to " + text::number(sum) + ".");
}

void checkSocialWeights(const std::vector<double>& weights, Checker& check) {
    check.require(weights.size() <= 256, "The social weight table has " +
                                             text::number(weights.size()) +
                                             " entries; kind codes only go up to 255.");
    for (std::size_t code = 0; code < weights.size(); ++code)
        check.require(std::isfinite(weights[code]), "The social weight of interaction kind code " +
                                                        text::number(code) +
                                                        " must be a finite number.");
}

void checkKMeans(const KMeansSettings& kmeans, Checker& check) {
    // 625 = 5^4 distinct score vectors: more clusters could never all be used.
    check.require(kmeans.clusterCount >= 1 && kmeans.clusterCount <= 625,
                  "The number of segments k must be between 1 and 625; it is " +
                      text::number(kmeans.clusterCount) + ".");
    check.require(kmeans.maxIterations >= 1, "k-means needs at least 1 iteration; it is set to " +
                                                 text::number(kmeans.maxIterations) + ".");
}

void checkCrmv(const CrmvSettings& crmv, Checker& check) {
    check.require(crmv.likertScaleMax >= 2, "The survey scale must have at least 2 points (1.." +
                                                text::number(crmv.likertScaleMax) + " given).");
    check.require(crmv.minSegmentRespondents >= 1,
                  "The minimum number of respondents per segment must be at least 1; it is " +
                      text::number(crmv.minSegmentRespondents) + ".");
}

void checkShares(const std::array<double, kTierCount>& shares, Checker& check) {
    double previous = 0.0;
    for (int i = 0; i < kTierCount; ++i) {
        const std::string tier(tierName(kAllTiers[i]));
        check.require(isUnitInterval(shares[i]) && shares[i] > previous,
                      "The cumulative share of " + tier + " (" + text::number(shares[i]) +
                          ") must be above the previous tier's (" + text::number(previous) +
                          ") and at most 1.");
        previous = shares[i];
    }
    check.require(shares[kTierCount - 1] == 1.0,
                  "The cumulative share of Bronze must be 1 (the whole population); it is " +
                      text::number(shares[kTierCount - 1]) + ".");
}

void checkThresholds(const std::array<double, kTierCount - 1>& minimums, Checker& check) {
    for (int i = 0; i < kTierCount - 1; ++i) {
        const std::string tier(tierName(kAllTiers[i]));
        check.require(std::isfinite(minimums[i]),
                      "The minimum TierScore of " + tier + " must be a finite number.");
        if (i > 0)
            check.require(minimums[i] < minimums[i - 1],
                          "The minimum TierScore of " + tier + " (" + text::number(minimums[i]) +
                              ") must be below that of " + std::string(tierName(kAllTiers[i - 1])) +
                              " (" + text::number(minimums[i - 1]) + ").");
    }
}

void checkTiers(const TierSettings& tiers, Checker& check) {
    check.require(isUnitInterval(tiers.lambda),
                  "lambda (the RFMS share of the TierScore) must be between 0 and 1; it is " +
                      text::number(tiers.lambda) + ".");
    if (tiers.scheme == TierSchemeKind::CumulativeShares)
        checkShares(tiers.cumulativeShares, check);
    else
        checkThresholds(tiers.minimumScores, check);
}

void checkClv(const ClvSettings& clv, Checker& check) {
    check.require(std::isfinite(clv.horizon) && clv.horizon > 0.0,
                  "The lifetime value horizon must be more than 0 periods; it is " +
                      text::number(clv.horizon) + ".");
    check.require(std::isfinite(clv.annualDiscountRate) && clv.annualDiscountRate >= 0.0,
                  "The annual discount rate must be 0 or more (0.1 means 10%); it is " +
                      text::number(clv.annualDiscountRate) + ".");
}

void checkWarnings(const WarningThresholds& w, Checker& check) {
    const std::pair<int, const char*> counts[] = {
        {w.churnInactivityDays, "churn inactivity days"},
        {w.overContactMaxContacts, "over-contact maximum contacts"},
        {w.overContactWindowDays, "over-contact window days"},
        {w.keyCustomerCadenceDays, "key customer contact cadence days"},
        {w.otherCustomerCadenceDays, "other customer contact cadence days"},
        {w.demotionTierSteps, "demotion tier steps"},
        {w.ticketFirstResponseHours, "ticket first response hours"},
        {w.ticketResolutionHours, "ticket resolution hours"},
    };
    for (const auto& [value, name] : counts)
        check.require(value >= 1, std::string("The warning setting '") + name +
                                      "' must be at least 1; it is " + text::number(value) + ".");
    check.require(std::isfinite(w.rfmsDropPoints) && w.rfmsDropPoints > 0.0,
                  "The RFMS drop that raises a warning must be more than 0 points.");
    check.require(isUnitInterval(w.kpiDropShare) && isUnitInterval(w.kpiTargetGapShare),
                  "The KPI warning shares must be between 0 and 1 (0.05 means 5%).");
    check.require(isUnitInterval(w.cronbachAlphaMinimum),
                  "The Cronbach's alpha minimum must be between 0 and 1; it is " +
                      text::number(w.cronbachAlphaMinimum) + ".");
    check.require(w.healthWarningBelow >= 0 && w.healthWarningBelow <= 100,
                  "The health score that raises a warning must be between 0 and 100; it is " +
                      text::number(w.healthWarningBelow) + ".");
}

void checkStanding(const StandingSettings& s, Checker& check) {
    const std::pair<int, const char*> counts[] = {
        {s.newCustomerDays, "new customer days"},
        {s.churnedAfterDays, "churned after days"},
        {s.trendWindowDays, "trend window days"},
        {s.evaluationInteractions, "interactions for evaluation"},
        {s.commitmentPurchases, "purchases for commitment"},
    };
    for (const auto& [value, name] : counts)
        check.require(value >= 1, std::string("The standing setting '") + name +
                                      "' must be at least 1; it is " + text::number(value) + ".");
    check.require(isUnitInterval(s.churnedBelowPAlive) && isUnitInterval(s.trendChangeShare),
                  "The standing shares must be between 0 and 1 (0.2 means 20%).");
}

void checkGovernance(const GovernanceSettings& g, Checker& check) {
    check.require(isUnitInterval(g.keyFieldGoal) && isUnitInterval(g.tagCoverageGoal),
                  "The data quality goals must be between 0 and 1 (0.9 means 90%).");
    check.require(g.bulkReadThreshold >= 1,
                  "The bulk read threshold must be at least 1 read a day; it is " +
                      text::number(g.bulkReadThreshold) + ".");
    check.require(g.workingDayStartHour >= 0 && g.workingDayEndHour <= 24 &&
                      g.workingDayStartHour < g.workingDayEndHour,
                  "The working day must start before it ends, within 0 to 24 hours; it is " +
                      text::number(g.workingDayStartHour) + " to " +
                      text::number(g.workingDayEndHour) + ".");
}

} // namespace

std::vector<std::string> ScoringParameters::validate() const {
    Checker check;
    checkWindow(window, check);
    checkRfmsWeights(rfmsWeights, check);
    checkSocialWeights(socialWeightByKind, check);
    check.append(checkRfmSegmentTable(segmentTable));
    checkKMeans(kmeans, check);
    checkCrmv(crmv, check);
    checkTiers(tiers, check);
    checkClv(clv, check);
    checkWarnings(warnings, check);
    checkStanding(standing, check);
    checkGovernance(governance, check);
    return check.take();
}

} // namespace tessera::scoring
