// tessera-cli kpi: the dashboards' figures for a month, quarter or year,
// optionally broken down by tier, owner, team or touchpoint, with alerts
// against the previous period and the targets.

#include "cli/Command.h"
#include "cli/dashboards/DashboardJson.h"
#include "cli/dashboards/KpiOptions.h"
#include "domain/kpi/KpiTargets.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class KpiCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    const char* name() const override { return "kpi"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Satisfaction, retention, revenue and service figures for a period").toStdString());
        command.add_option("--period", m_period, tr("2026-10, 2026Q3 or 2026").toStdString())
            ->required()
            ->option_text("PERIOD");
        command
            .add_option("--by", m_by,
                        tr("Break down by tier, owner, team or touchpoint").toStdString())
            ->option_text("GROUPING");
        m_population.addTo(command);
        command.add_flag("--alerts", m_alerts,
                         tr("Also compare with the previous period and the targets").toStdString());
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto parsed = kpiRequestFor(m_period, m_population.tier);
        if (!parsed)
            return out.fail(parsed.error());
        domain::KpiRequest request = *parsed;
        if (!m_by.empty()) {
            auto grouping = domain::KpiService::groupingFromKey(m_by);
            if (!grouping)
                return out.fail(ErrorCode::InvalidArgument,
                                tr("'%1' is not a breakdown; use tier, owner, team or touchpoint.")
                                    .arg(qs(m_by)));
            request.grouping = *grouping;
        }
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        if (Status users = m_population.resolve(**ws, request.teamSupervisor, request.owner);
            !users)
            return out.fail(users.error());
        auto report = domain::KpiService(**ws).compute(request);
        if (!report)
            return out.fail(report.error());
        QJsonObject document = kpiJson(report->total);
        document.remove("key");
        document.insert("period", qs(report->period.label()));
        document.insert("from", domain::Calendar::isoDate(report->period.firstDay()));
        document.insert("to", domain::Calendar::isoDate(report->period.lastDay()));
        document.insert("scoring_run", report->scoringRun
                                           ? QJsonValue(static_cast<qint64>(*report->scoringRun))
                                           : QJsonValue());
        printFigures(out, tr("Everyone in scope"), report->total);
        if (request.grouping != storage::KpiGrouping::Company) {
            QJsonArray groups;
            for (const auto& g : report->groups) {
                groups.append(kpiJson(g));
                printFigures(out, g.key.empty() ? tr("(none)") : qs(g.key), g);
            }
            document.insert("by", QLatin1String(domain::KpiService::groupingKey(request.grouping)));
            document.insert("groups", groups);
        }
        if (m_alerts) {
            auto alerts = domain::KpiTargets(**ws).alerts(request);
            if (!alerts)
                return out.fail(alerts.error());
            QJsonArray array;
            for (const auto& a : *alerts) {
                array.append(alertJson(a));
                out.line(tr("Alert: %1").arg(domain::KpiTargets::describe(a)));
            }
            if (alerts->empty())
                out.line(tr("No alerts."));
            document.insert("alerts", array);
        }
        out.document(document);
        return finish(context, **ws);
    }

private:
    static void printFigures(const Output& out, const QString& title, const domain::KpiFigures& f) {
        out.line(QStringLiteral("%1 (%2)").arg(
            title, tr("%n response(s)", nullptr, static_cast<int>(f.responses))));
        out.line(tr("  NPS %1 [%2, %3]   CSAT %4%   CES %5")
                     .arg(figureText(f.nps.value), figureText(f.nps.ciLow),
                          figureText(f.nps.ciHigh), figureText(f.csat.value * 100.0),
                          figureText(f.ces, 2)));
        if (f.hasPurchases)
            out.line(tr("  retention %1%   churn %2%   repurchase %3%   conversion %4%   "
                        "revenue %5")
                         .arg(figureText(f.retentionRate * 100.0), figureText(f.churnRate * 100.0),
                              figureText(f.repurchaseRate * 100.0),
                              figureText(f.conversionRate * 100.0), figureText(f.revenue(), 2)));
        out.line(
            tr("  tickets %1   complaints %2   median first response %3 h   resolved %4%")
                .arg(f.tickets)
                .arg(f.complaints)
                .arg(figureText(f.firstResponseHoursMedian), figureText(f.resolutionRate * 100.0)));
    }

    std::string m_period;
    std::string m_by;
    PopulationOptions m_population;
    bool m_alerts = false;
};

} // namespace

std::unique_ptr<Command> makeKpiCommand() {
    return std::make_unique<KpiCommand>();
}

} // namespace tessera::cli
