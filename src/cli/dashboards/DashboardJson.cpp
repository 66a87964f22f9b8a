#include "cli/dashboards/DashboardJson.h"

#include "cli/Output.h"

#include <QJsonArray>
#include <cmath>

namespace tessera::cli {

QJsonValue number(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString figureText(double value, int decimals) {
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

QJsonObject kpiJson(const domain::KpiFigures& f) {
    QJsonObject dimensions;
    for (std::size_t d = 0; d < f.dimensions.size(); ++d)
        dimensions.insert(QLatin1String(domain::dimensionKeys()[d]), number(f.dimensions[d]));
    const storage::PurchaseCounts& p = f.purchases;
    return QJsonObject{
        {"key", qs(f.key)},
        {"responses", static_cast<qint64>(f.responses)},
        {"nps", number(f.nps.value)},
        {"nps_ci_low", number(f.nps.ciLow)},
        {"nps_ci_high", number(f.nps.ciHigh)},
        {"csat", number(f.csat.value)},
        {"csat_ci_low", number(f.csat.ciLow)},
        {"csat_ci_high", number(f.csat.ciHigh)},
        {"ces", number(f.ces)},
        {"dimensions", dimensions},
        {"retention_rate", number(f.retentionRate)},
        {"churn_rate", number(f.churnRate)},
        {"repurchase_rate", number(f.repurchaseRate)},
        {"conversion_rate", number(f.conversionRate)},
        {"previous_buyers",
         f.hasPurchases ? QJsonValue(static_cast<qint64>(p.previousBuyers)) : QJsonValue()},
        {"buyers", f.hasPurchases ? QJsonValue(static_cast<qint64>(p.buyers)) : QJsonValue()},
        {"prospects", f.hasPurchases ? QJsonValue(static_cast<qint64>(p.prospects)) : QJsonValue()},
        {"revenue", f.hasPurchases ? QJsonValue(f.revenue()) : QJsonValue()},
        {"revenue_share", number(f.revenueShare)},
        {"clv_customers", static_cast<qint64>(f.clvCustomers)},
        {"clv_total", number(f.clvTotal)},
        {"clv_mean", number(f.clvMean)},
        {"tickets", static_cast<qint64>(f.tickets)},
        {"complaints", static_cast<qint64>(f.complaints)},
        {"first_response_hours_median", number(f.firstResponseHoursMedian)},
        {"resolution_rate", number(f.resolutionRate)},
    };
}

QJsonObject alertJson(const domain::KpiAlert& a) {
    return QJsonObject{
        {"kind", a.kind == domain::KpiAlert::Kind::Drop ? "drop" : "target"},
        {"kpi", qs(a.kpi)},
        {"group", qs(a.group)},
        {"value", number(a.value)},
        {"reference", number(a.reference)},
        {"gap_share", number(a.gapShare)},
        {"beyond_noise", a.beyondNoise ? QJsonValue(*a.beyondNoise) : QJsonValue()},
        {"message", domain::KpiTargets::describe(a)},
    };
}

QJsonObject campaignJson(const storage::CampaignRecord& c) {
    return QJsonObject{
        {"id", static_cast<qint64>(c.id)},
        {"name", qs(c.name)},
        {"kind", qs(c.kind)},
        {"cost", static_cast<double>(c.costCents) / 100.0},
        {"from", domain::Calendar::isoDate(c.startDay)},
        {"to", domain::Calendar::isoDate(c.endDay)},
        {"target_kind", qs(c.targetKind)},
        {"target_value", qs(c.targetValue)},
        {"customers", static_cast<qint64>(c.customers)},
        {"description", qs(c.description)},
    };
}

QJsonObject roiJson(const domain::CampaignRoi& r) {
    QJsonObject o = campaignJson(r.campaign);
    o.insert("before_from", domain::Calendar::isoDate(r.beforeFirstDay));
    o.insert("before_to", domain::Calendar::isoDate(r.beforeLastDay));
    o.insert("revenue_before", r.revenueBefore);
    o.insert("revenue_during", r.revenueDuring);
    o.insert("attributable_revenue", r.attributableRevenue);
    o.insert("roi", number(r.roi));
    o.insert("did_uplift", number(r.did.uplift));
    o.insert("did_ci_low", number(r.did.ciLow));
    o.insert("did_ci_high", number(r.did.ciHigh));
    o.insert("did_uplift_total", number(r.didUpliftTotal));
    o.insert("did_roi", number(r.didRoi));
    o.insert("treated", static_cast<qint64>(r.did.treated));
    o.insert("control", static_cast<qint64>(r.did.control));
    return o;
}

} // namespace tessera::cli
