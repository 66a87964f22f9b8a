// tessera-cli drivers: which CRMV dimensions (and CES) move likelihood to
// recommend, and where to act first.

#include "cli/Command.h"
#include "cli/dashboards/DashboardJson.h"
#include "cli/dashboards/KpiOptions.h"
#include "domain/kpi/SurveyInsights.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class DriversCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DriversCommand)

public:
    const char* name() const override { return "drivers"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Key drivers of likelihood to recommend: importance against performance")
                .toStdString());
        command.add_option("--period", m_period, tr("2026-10, 2026Q3 or 2026").toStdString())
            ->required()
            ->option_text("PERIOD");
        command.add_option("--tier", m_tier, tr("Only customers of this tier").toStdString())
            ->option_text("TIER");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto request = kpiRequestFor(m_period, m_tier);
        if (!request)
            return out.fail(request.error());
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        auto drivers = domain::SurveyInsights(**ws).drivers(*request);
        if (!drivers)
            return out.fail(drivers.error());
        out.line(tr("%n response(s) with NPS and every driver; R squared %1", nullptr,
                    static_cast<int>(drivers->respondents))
                     .arg(figureText(drivers->rSquared, 3)));
        QJsonArray array;
        for (const auto& d : drivers->drivers) {
            out.line(QStringLiteral("%1  %2%  %3  %4")
                         .arg(qs(d.key), -14)
                         .arg(figureText(d.importance * 100.0), 6)
                         .arg(figureText(d.performance, 2), 5)
                         .arg(domain::SurveyInsights::quadrantLabel(d.quadrant)));
            array.append(QJsonObject{{"driver", qs(d.key)},
                                     {"importance", number(d.importance)},
                                     {"raw_weight", number(d.rawWeight)},
                                     {"performance", number(d.performance)},
                                     {"quadrant", qs(d.quadrant)}});
        }
        out.document(QJsonObject{{"period", qs(request->period.label())},
                                 {"tier", qs(m_tier)},
                                 {"respondents", static_cast<qint64>(drivers->respondents)},
                                 {"r_squared", number(drivers->rSquared)},
                                 {"drivers", array}});
        return finish(context, **ws);
    }

private:
    std::string m_period;
    std::string m_tier;
};

} // namespace

std::unique_ptr<Command> makeDriversCommand() {
    return std::make_unique<DriversCommand>();
}

} // namespace tessera::cli
