#include "domain/kpi/KpiFigures.h"

#include <algorithm>
#include <iterator>

namespace tessera::domain {
namespace {

double share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : kNaN;
}

// The median of ascending values, in hours.
double medianHours(const std::vector<std::int64_t>& ms) {
    if (ms.empty())
        return kNaN;
    const std::size_t n = ms.size();
    const double median = n % 2 ? static_cast<double>(ms[n / 2])
                                : (static_cast<double>(ms[n / 2 - 1]) + ms[n / 2]) / 2.0;
    return median / 3'600'000.0;
}

void addPurchases(storage::PurchaseCounts& into, const storage::PurchaseCounts& p) {
    into.previousBuyers += p.previousBuyers;
    into.retained += p.retained;
    into.buyers += p.buyers;
    into.repeatBuyers += p.repeatBuyers;
    into.prospects += p.prospects;
    into.converted += p.converted;
    into.revenueCents += p.revenueCents;
}

} // namespace

void KpiCounts::add(const KpiCounts& o) {
    storage::SurveyCounts& s = surveys;
    s.responses += o.surveys.responses;
    s.promoters += o.surveys.promoters;
    s.passives += o.surveys.passives;
    s.detractors += o.surveys.detractors;
    s.csatResponses += o.surveys.csatResponses;
    s.csatSatisfied += o.surveys.csatSatisfied;
    s.cesResponses += o.surveys.cesResponses;
    s.cesSum += o.surveys.cesSum;
    for (std::size_t d = 0; d < dimensionSums.size(); ++d) {
        dimensionResponses[d] += o.dimensionResponses[d];
        dimensionSums[d] += o.dimensionSums[d];
    }
    if (o.purchases) {
        if (!purchases)
            purchases.emplace();
        addPurchases(*purchases, *o.purchases);
    }
    if (o.values) {
        if (!values)
            values.emplace();
        values->customers += o.values->customers;
        values->clvSum += o.values->clvSum;
    }
    service.tickets += o.service.tickets;
    service.complaints += o.service.complaints;
    service.resolved += o.service.resolved;
    std::vector<std::int64_t> merged;
    std::merge(service.firstResponseMs.begin(), service.firstResponseMs.end(),
               o.service.firstResponseMs.begin(), o.service.firstResponseMs.end(),
               std::back_inserter(merged));
    service.firstResponseMs = std::move(merged);
}

KpiFigures KpiCounts::figures() const {
    KpiFigures f;
    f.key = key;
    f.responses = surveys.responses;
    f.nps = scoring::netPromoterScore(surveys.promoters, surveys.passives, surveys.detractors);
    f.csat = scoring::proportion(surveys.csatSatisfied, surveys.csatResponses);
    f.ces =
        surveys.cesResponses ? surveys.cesSum / static_cast<double>(surveys.cesResponses) : kNaN;
    for (std::size_t d = 0; d < f.dimensions.size(); ++d)
        f.dimensions[d] = dimensionResponses[d]
                              ? dimensionSums[d] / static_cast<double>(dimensionResponses[d])
                              : kNaN;
    f.hasPurchases = purchases.has_value();
    if (purchases) {
        f.purchases = *purchases;
        f.retentionRate = share(purchases->retained, purchases->previousBuyers);
        f.churnRate = purchases->previousBuyers ? 1.0 - f.retentionRate : kNaN;
        f.repurchaseRate = share(purchases->repeatBuyers, purchases->buyers);
        f.conversionRate = share(purchases->converted, purchases->prospects);
    }
    if (values && values->customers > 0) {
        f.clvCustomers = values->customers;
        f.clvTotal = values->clvSum;
        f.clvMean = values->clvSum / static_cast<double>(values->customers);
    }
    f.tickets = service.tickets;
    f.complaints = service.complaints;
    f.firstResponseHoursMedian = medianHours(service.firstResponseMs);
    f.resolutionRate = share(service.resolved, service.tickets);
    return f;
}

const std::vector<KpiKey>& kpiKeys() {
    using enum KpiUnit;
    static const std::vector<KpiKey> keys = {
        {"nps", true, Points},
        {"csat", true, Share},
        {"ces", true, Scale}, // CES 2.0: "they made it easy for me", 7 = easiest
        {"personalised", true, Scale},
        {"emotional", true, Scale},
        {"rights", true, Scale},
        {"value", true, Scale},
        {"ease", true, Scale},
        {"retention_rate", true, Share},
        {"churn_rate", false, Share},
        {"repurchase_rate", true, Share},
        {"conversion_rate", true, Share},
        {"revenue", true, Money},
        {"clv_total", true, Money},
        {"clv_mean", true, Money},
        {"complaints", false, Count},
        {"first_response_hours_median", false, Hours},
        {"resolution_rate", true, Share},
    };
    return keys;
}

std::optional<KpiKey> kpiKeyOf(std::string_view key) {
    for (const KpiKey& k : kpiKeys())
        if (key == k.key)
            return k;
    return std::nullopt;
}

KpiUnit kpiUnitOf(std::string_view key) {
    const auto known = kpiKeyOf(key);
    return known ? known->unit : KpiUnit::Count;
}

const std::array<const char*, 5>& dimensionKeys() {
    static const std::array<const char*, 5> keys = {"personalised", "emotional", "rights", "value",
                                                    "ease"};
    return keys;
}

double kpiValue(const KpiFigures& f, std::string_view key) {
    for (std::size_t d = 0; d < dimensionKeys().size(); ++d)
        if (key == dimensionKeys()[d])
            return f.dimensions[d];
    if (key == "nps")
        return f.nps.value;
    if (key == "csat")
        return f.csat.value;
    if (key == "ces")
        return f.ces;
    if (key == "retention_rate")
        return f.retentionRate;
    if (key == "churn_rate")
        return f.churnRate;
    if (key == "repurchase_rate")
        return f.repurchaseRate;
    if (key == "conversion_rate")
        return f.conversionRate;
    if (key == "revenue")
        return f.hasPurchases ? f.revenue() : kNaN;
    if (key == "clv_total")
        return f.clvTotal;
    if (key == "clv_mean")
        return f.clvMean;
    if (key == "complaints")
        return static_cast<double>(f.complaints);
    if (key == "first_response_hours_median")
        return f.firstResponseHoursMedian;
    if (key == "resolution_rate")
        return f.resolutionRate;
    return kNaN;
}

} // namespace tessera::domain
