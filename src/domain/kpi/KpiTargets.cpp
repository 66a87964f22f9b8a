#include "domain/kpi/KpiTargets.h"

#include "domain/scoring/ProfileService.h"

#include <cmath>

namespace tessera::domain {
namespace {

// Comparisons at a threshold treat a gap within this of it as on it, so a
// drop of exactly 5% alerts whatever the rounding of the figures.
constexpr double kTolerance = 1e-9;

// How much worse `value` is than `reference`, as a share of |reference|:
// positive when worse, whichever direction is better for the KPI.
double worseningShare(double value, double reference, bool higherIsBetter) {
    if (!std::isfinite(value) || !std::isfinite(reference) || reference == 0.0)
        return std::nan("");
    const double change = higherIsBetter ? reference - value : value - reference;
    return change / std::fabs(reference);
}

std::optional<bool> noiseCheck(std::string_view key, const KpiFigures& current,
                               const scoring::Estimate& reference) {
    if (key == "nps")
        return scoring::changeBeyondNoise(reference, current.nps);
    if (key == "csat")
        return scoring::changeBeyondNoise(reference, current.csat);
    return std::nullopt;
}

} // namespace

Status KpiTargets::set(const std::string& kpi, const KpiPeriod& period, double value) {
    TESSERA_TRY(m_ws.authorize(Action::SetTargets, "kpi", kpi));
    if (!kpiKeyOf(kpi)) {
        QStringList keys;
        for (const KpiKey& k : kpiKeys())
            keys << QString::fromLatin1(k.key);
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a KPI; use one of %2.")
                             .arg(QString::fromStdString(kpi), keys.join(QStringLiteral(", ")))
                             .toStdString());
    }
    bool inRange = std::isfinite(value);
    QString range;
    switch (kpiKeyOf(kpi)->unit) {
    case KpiUnit::Points:
        inRange = inRange && value >= -100 && value <= 100;
        range = tr("from -100 to 100");
        break;
    case KpiUnit::Share:
        inRange = inRange && value >= 0 && value <= 1;
        range = tr("a share from 0 to 1 (0.95 for 95%)");
        break;
    case KpiUnit::Scale:
        inRange = inRange && value >= 1 && value <= 7;
        range = tr("from 1 to 7");
        break;
    case KpiUnit::Count:
    case KpiUnit::Money:
    case KpiUnit::Hours:
        inRange = inRange && value >= 0;
        range = tr("0 or more");
        break;
    }
    if (!inRange)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("A target for %1 is %2.").arg(QString::fromStdString(kpi), range).toStdString());
    storage::KpiTarget t{kpi, period.label(), value, m_ws.session().userId, {}, m_ws.nowMs()};
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::TargetRepository(m_ws.db()).set(t));
    TESSERA_TRY(
        m_ws.audit({"kpi.target", "kpi", kpi + "@" + t.period, "value=" + std::to_string(value)}));
    return tx->commit();
}

Result<std::vector<storage::KpiTarget>> KpiTargets::list(const std::optional<KpiPeriod>& period) {
    return storage::TargetRepository(m_ws.db()).list(
        period ? std::optional<std::string>(period->label()) : std::nullopt);
}

std::vector<KpiAlert> KpiTargets::alertsOf(const KpiFigures& current, const KpiFigures& previous,
                                           const std::vector<storage::KpiTarget>& targets,
                                           const AlertThresholds& thresholds) {
    std::vector<KpiAlert> alerts;
    for (const KpiKey& k : kpiKeys()) {
        const double value = kpiValue(current, k.key);
        if (!std::isfinite(value))
            continue;
        const double before = kpiValue(previous, k.key);
        const double drop = worseningShare(value, before, k.higherIsBetter);
        if (std::isfinite(drop) && drop >= thresholds.dropShare - kTolerance) {
            KpiAlert a{KpiAlert::Kind::Drop, k.key, current.key, value, before, drop, {}};
            a.beyondNoise = noiseCheck(
                k.key, current, std::string_view(k.key) == "nps" ? previous.nps : previous.csat);
            alerts.push_back(a);
        }
        for (const storage::KpiTarget& t : targets) {
            if (t.kpi != k.key)
                continue;
            const double gap = worseningShare(value, t.value, k.higherIsBetter);
            if (!std::isfinite(gap) || gap <= thresholds.targetGapShare + kTolerance)
                continue;
            KpiAlert a{KpiAlert::Kind::TargetGap, k.key, current.key, value, t.value, gap, {}};
            // Against a target, the noise is the current figure's own
            // interval: a target inside it may be met by a luckier sample.
            scoring::Estimate target;
            target.value = t.value;
            target.standardError = 0.0;
            a.beyondNoise = noiseCheck(k.key, current, target);
            alerts.push_back(a);
        }
    }
    return alerts;
}

Result<std::vector<KpiAlert>> KpiTargets::alerts(const KpiRequest& request) {
    KpiService kpis(m_ws);
    const auto [now, before] = withComparison(request, m_ws.calendar().dayOf(m_ws.nowMs()));
    auto current = kpis.compute(now);
    if (!current)
        return current.error();
    auto previous = kpis.compute(before);
    if (!previous)
        return previous.error();
    auto targets = list(request.period);
    if (!targets)
        return targets.error();
    auto profile = ProfileService(m_ws).current();
    if (!profile)
        return profile.error();
    const auto& w = profile->parameters.warnings;
    const AlertThresholds thresholds{w.kpiDropShare, w.kpiTargetGapShare};
    return alertsOf(current->total, previous->total, *targets, thresholds);
}

QString KpiTargets::describe(const KpiAlert& a) {
    const QString kpi = QString::fromStdString(a.kpi);
    const QString percent = QString::number(a.gapShare * 100.0, 'f', 1);
    QString text = a.kind == KpiAlert::Kind::Drop
                       ? tr("%1 is %2% worse than the period before (%3 against %4).")
                             .arg(kpi, percent, QString::number(a.value, 'g', 4),
                                  QString::number(a.reference, 'g', 4))
                       : tr("%1 is %2% off its target (%3 against %4).")
                             .arg(kpi, percent, QString::number(a.value, 'g', 4),
                                  QString::number(a.reference, 'g', 4));
    if (a.beyondNoise)
        text +=
            QLatin1Char(' ') + (*a.beyondNoise ? tr("The difference is larger than sampling noise.")
                                               : tr("The difference is within sampling noise."));
    return text;
}

} // namespace tessera::domain
