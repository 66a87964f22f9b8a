#include "app/dashboards/DashboardFormat.h"

#include "domain/records/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tessera::app {
namespace {

// The strings' translation context (lupdate reads DashboardFormat::tr).
struct DashboardFormat {
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)
};

} // namespace

double tileValue(const domain::KpiFigures& f, const std::string& key) {
    if (key == "responses")
        return static_cast<double>(f.responses);
    if (key == "tickets")
        return static_cast<double>(f.tickets);
    return domain::kpiValue(f, key);
}

QString formatKpi(const std::string& key, double value) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QLocale locale;
    switch (domain::kpiUnitOf(key)) {
    case domain::KpiUnit::Share:
        return locale.toString(value * 100.0, 'f', 1) + QStringLiteral(" %");
    case domain::KpiUnit::Count:
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    case domain::KpiUnit::Scale: return locale.toString(value, 'f', 2);
    case domain::KpiUnit::Hours:
        return DashboardFormat::tr("%1 h").arg(locale.toString(value, 'f', 1));
    case domain::KpiUnit::Points: return locale.toString(value, 'f', 1);
    case domain::KpiUnit::Money: break;
    }
    return locale.toString(value, 'f', 2);
}

QString changeText(const std::string& key, double value, double previous,
                   const QString& previousLabel) {
    if (key == "clv_total" || key == "clv_mean")
        return DashboardFormat::tr("From the latest scoring run"); // not a figure of the period
    if (!std::isfinite(value) || !std::isfinite(previous))
        return DashboardFormat::tr("No figure for %1").arg(previousLabel);
    const double change = value - previous;
    const QLocale locale;
    QString amount;
    if (domain::kpiUnitOf(key) == domain::KpiUnit::Share)
        amount = DashboardFormat::tr("%1 points")
                     .arg(locale.toString(std::fabs(change) * 100.0, 'f', 1));
    else
        amount = formatKpi(key, std::fabs(change));
    if (std::fabs(change) <= 1e-9 * std::max(1.0, std::fabs(previous)))
        return DashboardFormat::tr("= as in %1").arg(previousLabel);
    const auto known = domain::kpiKeyOf(key);
    const bool better = known ? (change > 0) == known->higherIsBetter : true;
    return QStringLiteral("<span style='color:%1'>%2 %3</span>")
        .arg(better ? QStringLiteral("#1b6e2e") : QStringLiteral("#b3261e"),
             change > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
             DashboardFormat::tr("%1 against %2").arg(amount, previousLabel));
}

QString kpiLabel(const std::string& key) {
    for (const auto& term : domain::vocabulary::crmvDimensions())
        if (term.key == key)
            return term.label;
    static const std::pair<const char*, const char*> labels[] = {
        {"nps", QT_TRANSLATE_NOOP("DashboardFormat", "NPS")},
        {"csat", QT_TRANSLATE_NOOP("DashboardFormat", "CSAT (satisfied)")},
        {"ces", QT_TRANSLATE_NOOP("DashboardFormat", "CES (ease, 7 = easiest)")},
        {"responses", QT_TRANSLATE_NOOP("DashboardFormat", "Survey responses")},
        {"retention_rate", QT_TRANSLATE_NOOP("DashboardFormat", "Retention")},
        {"churn_rate", QT_TRANSLATE_NOOP("DashboardFormat", "Churn")},
        {"repurchase_rate", QT_TRANSLATE_NOOP("DashboardFormat", "Repurchase")},
        {"conversion_rate", QT_TRANSLATE_NOOP("DashboardFormat", "Conversion")},
        {"revenue", QT_TRANSLATE_NOOP("DashboardFormat", "Revenue")},
        {"clv_total", QT_TRANSLATE_NOOP("DashboardFormat", "Lifetime value (total)")},
        {"clv_mean", QT_TRANSLATE_NOOP("DashboardFormat", "Lifetime value (mean)")},
        {"tickets", QT_TRANSLATE_NOOP("DashboardFormat", "Tickets opened")},
        {"complaints", QT_TRANSLATE_NOOP("DashboardFormat", "Complaints")},
        {"first_response_hours_median",
         QT_TRANSLATE_NOOP("DashboardFormat", "Median first response")},
        {"resolution_rate", QT_TRANSLATE_NOOP("DashboardFormat", "Resolution rate")},
    };
    for (const auto& [k, label] : labels)
        if (key == k)
            return QCoreApplication::translate("DashboardFormat", label);
    return QString::fromStdString(key);
}

storage::KpiRepository::Source tileSource(const std::string& key) {
    using Source = storage::KpiRepository::Source;
    if (key == "nps" || key == "csat" || key == "ces" || key == "responses")
        return Source::Surveys;
    if (key == "tickets" || key == "complaints" || key == "first_response_hours_median" ||
        key == "resolution_rate")
        return Source::Service;
    return Source::Purchases;
}

QString sourceTitle(storage::KpiRepository::Source source) {
    switch (source) {
    case storage::KpiRepository::Source::Surveys: return DashboardFormat::tr("Respondents");
    case storage::KpiRepository::Source::Service:
        return DashboardFormat::tr("Customers with tickets");
    case storage::KpiRepository::Source::Purchases: break;
    }
    return DashboardFormat::tr("Buyers");
}

} // namespace tessera::app
